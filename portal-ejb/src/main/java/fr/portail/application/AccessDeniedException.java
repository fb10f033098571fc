package fr.portail.application;

import jakarta.ejb.ApplicationException;

/**
 * A caretaker or a contractor reached a request outside his scope (another residence, an
 * intervention not ordered from his company): the pages answer 403. Other staff get "not found" for
 * requests of other agencies, as before.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String what) {
    super(what);
  }
}
