package fr.portail.application.internal;

import fr.portail.application.StaffDirectory;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.agency.Agency;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed({
  Role.CUSTOMER_OFFICER_NAME,
  Role.CARETAKER_NAME,
  Role.TECHNICAL_MANAGER_NAME,
  Role.CONTRACTOR_NAME,
  Role.SOCIAL_ADVISOR_NAME
})
public class DefaultStaffDirectory implements StaffDirectory {

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;
  @Inject private UserAccountRepository accounts;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Map<Long, String> names(Collection<Long> accountIds) {
    return accounts.displayNames(accountIds);
  }

  @Override
  public List<StaffMember> colleaguesFor(Collection<String> candidateGroups) {
    UserAccount me = callers.of(session.getCallerPrincipal());
    Set<String> myAgencies = me.agencies().stream().map(Agency::code).collect(Collectors.toSet());
    Map<Long, StaffMember> colleagues = new LinkedHashMap<>();
    for (String group : candidateGroups) {
      int colon = group.indexOf(':');
      if (colon < 0) {
        continue;
      }
      Role role;
      try {
        role = Role.valueOf(group.substring(0, colon));
      } catch (IllegalArgumentException e) {
        continue;
      }
      String agency = group.substring(colon + 1);
      if (!role.isStaff() || !myAgencies.contains(agency)) {
        continue;
      }
      for (UserAccount colleague : accounts.findStaff(role, agency)) {
        if (!colleague.id().equals(me.id())) {
          colleagues.putIfAbsent(
              colleague.id(), new StaffMember(colleague.id(), colleague.displayName()));
        }
      }
    }
    return List.copyOf(colleagues.values());
  }

  @Override
  public List<Choice> myResidences() {
    UserAccount me = callers.of(session.getCallerPrincipal());
    if (me.agencies().isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "select r.id, r.name from Residence r where r.agency in :agencies order by r.name",
            Object[].class)
        .setParameter("agencies", me.agencies())
        .getResultList()
        .stream()
        .map(row -> new Choice(String.valueOf(row[0]), (String) row[1]))
        .toList();
  }
}
