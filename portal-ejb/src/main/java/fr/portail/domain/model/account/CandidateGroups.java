package fr.portail.domain.model.account;

import fr.portail.domain.model.agency.Agency;
import java.util.Set;
import java.util.TreeSet;

/**
 * The groups a staff member may work tasks for: one per (role, agency) pair, written
 * "ROLE:AGENCYCODE". Processes give their user tasks the group of the request's agency, so the
 * inbox shows a task only to the staff of that agency with the right role.
 */
public final class CandidateGroups {

  private CandidateGroups() {}

  public static String of(Role role, String agencyCode) {
    return role.name() + ":" + agencyCode;
  }

  public static Set<String> of(UserAccount account) {
    Set<String> groups = new TreeSet<>();
    for (Role role : account.roles()) {
      if (role.isStaff()) {
        for (Agency agency : account.agencies()) {
          groups.add(of(role, agency.code()));
        }
      }
    }
    return groups;
  }
}
