package fr.portail.application;

import java.util.Optional;
import java.util.Set;

/** Checks a login and password against the portal's accounts. */
public interface AccountService {

  /** The account's identity and groups when the credentials are right, empty otherwise. */
  Optional<AuthenticatedCaller> verify(String email, String password);

  /** The identity Jakarta Security keeps for a logged-in caller. */
  record AuthenticatedCaller(String principalName, Set<String> groups) {}
}
