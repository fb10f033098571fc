package fr.portail.interfaces.tenant.web;

import fr.portail.application.ContactChange;
import fr.portail.application.InvalidInputException;
import fr.portail.application.MyContactDetails;
import fr.portail.application.NotFoundException;
import fr.portail.application.ProfileChangeService;
import fr.portail.application.RequestView;
import fr.portail.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * "Modifier mes coordonnées": the tenant's phones, contact e-mail and CAF number, prefilled with
 * his file; sending them proposes the change, which his agency checks before it is applied.
 */
@Named
@ViewScoped
public class ChangeContactDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A French number as people type it: 0 or +33, then nine digits, spaces, dots or dashes. */
  private static final String PHONE = "\\s*(?:\\+33|0033|0)[\\s.\\-]*[1-9](?:[\\s.\\-]*\\d){8}\\s*";

  @Inject private ProfileChangeService profileChanges;

  private MyContactDetails current;

  @Pattern(regexp = PHONE, message = "{profile.homePhone.invalid}")
  private String homePhone;

  @Pattern(regexp = PHONE, message = "{profile.mobilePhone.invalid}")
  private String mobilePhone;

  @Pattern(regexp = PHONE, message = "{profile.workPhone.invalid}")
  private String workPhone;

  @Size(max = 254, message = "{profile.contactEmail.invalid}")
  @Pattern(
      regexp = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*",
      message = "{profile.contactEmail.invalid}")
  private String contactEmail;

  @Pattern(regexp = "\\s*(\\d\\s?){7}\\s*", message = "{profile.cafNumber.invalid}")
  private String cafNumber;

  @PostConstruct
  void load() {
    try {
      current = profileChanges.myContactDetails();
    } catch (NotFoundException e) {
      current = null;
      return;
    }
    homePhone = current.homePhone();
    mobilePhone = current.mobilePhone();
    workPhone = current.workPhone();
    contactEmail = current.contactEmail();
    cafNumber = current.cafNumber();
  }

  public String send() {
    try {
      RequestView sent =
          profileChanges.proposeContactChange(
              new ContactChange(homePhone, mobilePhone, workPhone, contactEmail, cafNumber));
      Messages.infoAfterRedirect("profile.sent", sent.number());
      return "/locataire/demande.xhtml?faces-redirect=true&numero=" + sent.number();
    } catch (InvalidInputException e) {
      Messages.error(e.field() == null ? null : "contactForm:" + e.field(), e.messageKey());
    } catch (NotFoundException e) {
      Messages.error(null, "profile.noContract");
    }
    return null;
  }

  public MyContactDetails getCurrent() {
    return current;
  }

  public String getHomePhone() {
    return homePhone;
  }

  public void setHomePhone(String homePhone) {
    this.homePhone = homePhone;
  }

  public String getMobilePhone() {
    return mobilePhone;
  }

  public void setMobilePhone(String mobilePhone) {
    this.mobilePhone = mobilePhone;
  }

  public String getWorkPhone() {
    return workPhone;
  }

  public void setWorkPhone(String workPhone) {
    this.workPhone = workPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getCafNumber() {
    return cafNumber;
  }

  public void setCafNumber(String cafNumber) {
    this.cafNumber = cafNumber;
  }
}
