package fr.portail.interfaces.tenant.web;

import fr.portail.application.MyContactDetails;
import fr.portail.application.NotFoundException;
import fr.portail.application.ProfileChangeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where "Mon dossier" offers to change the contact details: the contract such a change goes on,
 * whose open change (if any) replaces the button by the banner; loaded once per page.
 */
@Named
@RequestScoped
public class ProfileChangeEntry {

  @Inject private ProfileChangeService profileChanges;

  private MyContactDetails contact;
  private boolean loaded;

  /** The contract a change of the contact details goes on; null without an active contract. */
  public Long getContractId() {
    MyContactDetails c = contact();
    return c == null ? null : c.contractId();
  }

  private MyContactDetails contact() {
    if (!loaded) {
      loaded = true;
      try {
        contact = profileChanges.myContactDetails();
      } catch (NotFoundException e) {
        contact = null;
      }
    }
    return contact;
  }
}
