package fr.portail.infrastructure.demo;

import fr.portail.application.TechnicalSettings;
import fr.portail.application.TechnicalStart;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contractor.Contractor;
import fr.portail.domain.model.request.AttachmentKind;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestSubmitted;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.model.technical.ContactSlot;
import fr.portail.domain.model.technical.RepairLocation;
import fr.portail.domain.model.technical.TechnicalCategory;
import fr.portail.domain.model.technical.TechnicalReport;
import fr.portail.domain.model.technical.TechnicalReportRepository;
import fr.portail.domain.model.technical.TechnicalTexts;
import fr.portail.domain.model.technical.Urgency;
import fr.portail.domain.shared.FileType;
import fr.portail.domain.shared.PhoneNumber;
import fr.portail.domain.shared.UploadedFile;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Opens the demo's technical requests as a tenant would (report, photo, process started by the same
 * event), for the workflow module's demo loader, which then moves their processes on. Used only
 * when portal.demo-data is true.
 */
@Stateless
public class TechnicalDemoRequests {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private RequestRepository requests;
  @Inject private ContractRepository contracts;
  @Inject private TechnicalReportRepository reports;
  @Inject private TechnicalSettings settings;
  @Inject private Event<RequestSubmitted> submitted;

  /** Whether the demo's technical requests are there already (a redeploy keeps them). */
  public boolean present() {
    return em.createQuery("select count(t) from TechnicalReport t", Long.class).getSingleResult()
        > 0;
  }

  /** The id of a demo account, if it exists. */
  public Optional<Long> accountId(String email) {
    return account(email).map(UserAccount::id);
  }

  /** The id of a demo contractor by its company name, if it exists. */
  public Optional<Long> contractorId(String companyName) {
    return em.createQuery(
            "select c from Contractor c where c.companyName = :name", Contractor.class)
        .setParameter("name", companyName)
        .getResultStream()
        .findFirst()
        .map(Contractor::id);
  }

  /**
   * A technical request of the tenant's housing contract, sent at {@code sentAt}, with a photo; its
   * process starts in this transaction. Returns the request's number, or empty if the tenant or his
   * contract is missing.
   */
  public Optional<String> open(
      String tenantEmail,
      TechnicalCategory category,
      String place,
      String description,
      Urgency urgency,
      List<ContactSlot> slots,
      Instant sentAt) {
    Optional<UserAccount> tenant = account(tenantEmail);
    if (tenant.isEmpty() || tenant.get().person() == null) {
      return Optional.empty();
    }
    Optional<Contract> contract =
        contracts.findBySignatory(tenant.get().person().id()).stream()
            .filter(Contract::isActive)
            .findFirst();
    if (contract.isEmpty()) {
      return Optional.empty();
    }
    PhoneNumber phone =
        tenant.get().person().mobilePhone() != null
            ? tenant.get().person().mobilePhone()
            : new PhoneNumber("06 00 00 00 00");
    TenantRequest request =
        TenantRequest.submitForm(
            requests.nextNumber(),
            contract.get(),
            tenant.get(),
            RequestType.TECHNICAL,
            TechnicalTexts.text(category.labelKey(), Locale.FRENCH) + " — " + place,
            sentAt);
    TechnicalReport report =
        TechnicalReport.of(
            request,
            category,
            new RepairLocation(place, null, null),
            description,
            urgency,
            slots,
            phone);
    requests.store(request);
    reports.store(report);
    requests.store(
        new RequestDocument(
            request,
            AttachmentKind.PHOTO,
            new UploadedFile("photo.png", FileType.PNG, picture()),
            tenant.get(),
            sentAt));
    submitted.fire(request.submittedEvent(TechnicalStart.facts(report, settings)));
    return Optional.of(request.number());
  }

  /** The id of a request by its number. */
  public Long requestId(String number) {
    return requests.findByNumber(number).map(TenantRequest::id).orElseThrow();
  }

  private Optional<UserAccount> account(String email) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  /** A small picture standing for the tenant's photo. */
  private static byte[] picture() {
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xd8e2ee));
    g.fillRect(0, 0, 320, 240);
    g.setColor(new Color(0x00458a));
    g.fillOval(120, 80, 80, 80);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
