package fr.portail.infrastructure.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.bank.AccountHolder;
import fr.portail.domain.model.bank.BankDetailsChange;
import fr.portail.domain.model.bank.BankDetailsChangeRepository;
import fr.portail.domain.model.bank.Bic;
import fr.portail.domain.model.bank.SepaIban;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.DirectDebitMandate;
import fr.portail.domain.model.contract.Iban;
import fr.portail.domain.model.request.AttachmentKind;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestSubmitted;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.Address;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.FileType;
import fr.portail.domain.shared.UploadedFile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data of the change of bank details: Mme Bernard (sophie.bernard@demo.fr) has sent a new RIB
 * that waits in the customer officer's inbox, with its PDF document. Loaded when {@code
 * portal.demo-data} is true and she has no change of bank details yet, so a redeploy adds nothing.
 *
 * <p>It lives in the workflow module, not beside {@code DemoDataLoader}, because the request must
 * start its process: the engine is built when this module starts, after the portal's module.
 */
@Singleton
@Startup
@DependsOn({"portal-ejb.jar#DemoDataLoader", "ProcessEngineLifecycle"})
public class BankDetailsDemoData {

  static final String TENANT = "sophie.bernard@demo.fr";
  static final String NEW_IBAN = "FR1420041010050500013M02606";
  static final String NEW_BIC = "PSSTFRPPPAR";
  static final String NEW_BANK = "La Banque Postale";

  private static final Logger LOG = Logger.getLogger(BankDetailsDemoData.class.getName());

  @Inject private UserAccountRepository accounts;
  @Inject private ContractRepository contracts;
  @Inject private RequestRepository requests;
  @Inject private BankDetailsChangeRepository changes;
  @Inject private Event<RequestSubmitted> submitted;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  private boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    Optional<UserAccount> tenant = accounts.findByEmail(new EmailAddress(TENANT));
    if (tenant.isEmpty() || tenant.get().person() == null) {
      return;
    }
    Contract contract =
        contracts.findBySignatory(tenant.get().person().id()).stream()
            .filter(c -> c.isActive() && c.directDebitDay() != null)
            .findFirst()
            .orElse(null);
    if (contract == null
        || requests.findByContracts(List.of(contract.id())).stream()
            .anyMatch(r -> r.type() == RequestType.BANK_DETAILS_CHANGE)) {
      return;
    }
    DirectDebitMandate onFile = changes.latestMandate(contract.id()).orElse(null);
    if (onFile == null) {
      return;
    }
    Instant now = clock.instant();
    Iban iban = SepaIban.parse(NEW_IBAN);
    Address home = contract.unit().address();
    AccountHolder holder =
        new AccountHolder(
            tenant.get().person().lastName(),
            tenant.get().person().firstName(),
            home.street(),
            home.postalCode(),
            home.city());
    TenantRequest request =
        TenantRequest.submitForm(
            requests.nextNumber(),
            contract,
            tenant.get(),
            RequestType.BANK_DETAILS_CHANGE,
            new MessageFormat(
                    ResourceBundle.getBundle("fr.portail.application.RequestTexts", Locale.FRENCH)
                        .getString("bankDetails.subject"),
                    Locale.FRENCH)
                .format(new Object[] {iban.masked()}),
            now);
    requests.store(request);
    changes.store(
        BankDetailsChange.requested(request, iban, new Bic(NEW_BIC), NEW_BANK, holder, onFile));
    requests.store(
        new RequestDocument(
            request,
            AttachmentKind.BANK_DETAILS,
            new UploadedFile("rib-banque-postale.pdf", FileType.PDF, rib(holder, iban)),
            tenant.get(),
            now));
    submitted.fire(request.submittedEvent(Map.of()));
    LOG.info(
        "Démonstration : changement de RIB de Mme Bernard en attente (demande "
            + request.number()
            + ").");
  }

  /** A one-page RIB as a bank prints it, for the officer to compare with what was typed. */
  private static byte[] rib(AccountHolder holder, Iban iban) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter.getInstance(document, out);
    document.open();
    Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    document.add(new Paragraph(NEW_BANK + " — Relevé d'identité bancaire", title));
    document.add(new Paragraph(" "));
    document.add(new Paragraph("Titulaire du compte : " + holder.displayName()));
    document.add(new Paragraph(holder.address().street()));
    document.add(new Paragraph(holder.address().postalCode() + " " + holder.address().city()));
    document.add(new Paragraph(" "));
    document.add(new Paragraph("IBAN : " + SepaIban.grouped(iban)));
    document.add(new Paragraph("BIC : " + NEW_BIC));
    document.add(new Paragraph("Domiciliation : " + NEW_BANK + ", centre financier de Paris"));
    document.close();
    return out.toByteArray();
  }
}
