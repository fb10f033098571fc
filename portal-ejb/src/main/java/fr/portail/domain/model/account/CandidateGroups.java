package fr.portail.domain.model.account;

import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.agency.Residence;
import java.util.Set;
import java.util.TreeSet;

/**
 * The groups a staff member may work tasks for. Every staff member has one per (role, agency) pair,
 * written {@code ROLE:AGENCYCODE}: processes give their user tasks the group of the request's
 * agency, so the inbox shows a task only to the staff of that agency with the right role.
 *
 * <p>Two narrower groups serve the technical requests: {@code CARETAKER:R<residenceId>} for each
 * residence a caretaker looks after, so he sees only the requests of his residences, and {@code
 * CONTRACTOR:C<contractorId>} for a contractor's staff, so they see only the interventions ordered
 * from their company.
 */
public final class CandidateGroups {

  private CandidateGroups() {}

  public static String of(Role role, String agencyCode) {
    return role.name() + ":" + agencyCode;
  }

  /** The group of the caretakers of a residence, e.g. "CARETAKER:R12". */
  public static String ofResidence(Long residenceId) {
    if (residenceId == null) {
      throw new IllegalArgumentException("a stored residence expected");
    }
    return Role.CARETAKER.name() + ":R" + residenceId;
  }

  /** The group of a contractor company's staff, e.g. "CONTRACTOR:C3". */
  public static String ofContractor(Long contractorId) {
    if (contractorId == null) {
      throw new IllegalArgumentException("a stored contractor expected");
    }
    return Role.CONTRACTOR.name() + ":C" + contractorId;
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
    if (account.hasRole(Role.CARETAKER)) {
      for (Residence residence : account.residences()) {
        groups.add(ofResidence(residence.id()));
      }
    }
    if (account.hasRole(Role.CONTRACTOR) && account.contractor() != null) {
      groups.add(ofContractor(account.contractor().id()));
    }
    return groups;
  }
}
