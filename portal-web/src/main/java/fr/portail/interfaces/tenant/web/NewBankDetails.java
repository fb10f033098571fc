package fr.portail.interfaces.tenant.web;

import fr.portail.application.BankDetailsForm;
import fr.portail.application.BankDetailsInput;
import fr.portail.application.BankDetailsRefusedException;
import fr.portail.application.BankDetailsService;
import fr.portail.application.BankDetailsStatus;
import fr.portail.application.ContractSummary;
import fr.portail.application.FieldProblem;
import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestView;
import fr.portail.application.TenantFileService;
import fr.portail.domain.model.contract.Iban;
import fr.portail.interfaces.web.FileParts;
import fr.portail.interfaces.web.Messages;
import fr.portail.interfaces.web.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Mettre à jour mon RIB" in three steps: 1 the new account and its holder (the IBAN checked while
 * typed), 2 everything read again with the IBAN masked, "modifier" going back with the values, 3
 * the RIB document, and the request sent. Reached from "Ma situation de solde" with the contract
 * ({@code ?contrat=}); another tenant's contract answers 404.
 */
@Named
@ViewScoped
public class NewBankDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "ribForm";
  static final String DOCUMENT_FORM = "documentForm";

  @Inject private BankDetailsService bankDetails;
  @Inject private TenantFileService file;
  @Inject private RibDocument document;

  private String contract;
  private BankDetailsForm form;
  private List<ContractSummary> choices = List.of();
  private boolean noContract;
  private int step = 1;

  private String iban;
  private String bic;
  private String bankName;
  private String lastName;
  private String firstNames;
  private String street;
  private String postalCode;
  private String city;
  private String ibanStatus;

  /** Loads the contract's form; without a contract, the only one paid by direct debit. */
  public void load() {
    Long contractId;
    if (contract == null || contract.isBlank()) {
      contractId = onlyContractToChange();
      if (contractId == null) {
        return;
      }
    } else {
      try {
        contractId = Long.valueOf(contract.strip());
      } catch (NumberFormatException e) {
        NotFound.respond();
        return;
      }
    }
    try {
      form = bankDetails.form(contractId);
    } catch (NotFoundException e) {
      NotFound.respond();
      return;
    }
    BankDetailsInput start = form.start();
    lastName = start.lastName();
    firstNames = start.firstNames();
    street = start.street();
    postalCode = start.postalCode();
    city = start.city();
  }

  /**
   * The contract whose RIB changes when the tenant came without one: the only one paid by direct
   * debit, or (none paying so) his first contract, to explain; null when he must choose.
   */
  private Long onlyContractToChange() {
    List<BankDetailsStatus> statuses = bankDetails.myBankDetails();
    Set<Long> debited =
        statuses.stream()
            .filter(BankDetailsStatus::directDebit)
            .map(BankDetailsStatus::contractId)
            .collect(Collectors.toSet());
    if (debited.size() == 1) {
      return debited.iterator().next();
    }
    if (debited.isEmpty()) {
      if (statuses.isEmpty()) {
        noContract = true;
        return null;
      }
      return statuses.get(0).contractId();
    }
    choices = file.myContracts().stream().filter(c -> debited.contains(c.id())).toList();
    return null;
  }

  /** While the tenant types: says what is wrong only once the IBAN has its country's length. */
  public void ibanTyped() {
    checkIban(true);
  }

  /** When the tenant leaves the field: says what is wrong, whatever its length. */
  public void ibanLeft() {
    checkIban(false);
  }

  private void checkIban(boolean typing) {
    ibanStatus = null;
    if (iban == null || iban.isBlank()) {
      return;
    }
    List<FieldProblem> problems = bankDetails.checkIban(form.contractId(), iban);
    if (problems.isEmpty()) {
      ibanStatus = Messages.text("rib.iban.ok", grouped(iban));
      return;
    }
    FieldProblem problem = problems.get(0);
    if (typing && "bank.iban.length".equals(problem.key()) && shorter(problem)) {
      ibanStatus =
          Messages.text(
              "rib.iban.progress",
              problem.args().get(2),
              problem.args().get(1),
              problem.args().get(0));
      return;
    }
    Messages.error(FORM + ":iban", problem.key(), problem.argsArray());
  }

  private static boolean shorter(FieldProblem lengthProblem) {
    return Integer.parseInt(lengthProblem.args().get(2))
        < Integer.parseInt(lengthProblem.args().get(1));
  }

  /** Step 1 → 2 when every field is right; otherwise each problem next to its field. */
  public void next() {
    List<FieldProblem> problems = bankDetails.check(form.contractId(), input());
    if (problems.isEmpty()) {
      step = 2;
    } else {
      show(problems);
    }
  }

  /** Back to step 1 with the values typed. */
  public void edit() {
    step = 1;
  }

  public void toDocument() {
    step = 3;
  }

  public void backToCheck() {
    step = 2;
  }

  /** Sends the change with the document; on the request's page once sent. */
  public String send() {
    try {
      RequestView sent =
          bankDetails.submit(form.contractId(), input(), FileParts.read(document.getPart()));
      Messages.infoAfterRedirect("rib.sent", sent.number());
      return "/locataire/demande.xhtml?faces-redirect=true&numero=" + sent.number();
    } catch (BankDetailsRefusedException e) {
      if (e.problems().stream().anyMatch(p -> !"document".equals(p.field()))) {
        step = 1;
      }
      show(e.problems());
    } catch (InvalidInputException e) {
      if ("bank.alreadyPending".equals(e.messageKey())) {
        // Sent already (a second click, another tab): the open request's page says where it is.
        String open = bankDetails.form(form.contractId()).openRequestNumber();
        if (open != null) {
          Messages.infoAfterRedirect("bank.alreadyPending");
          return "/locataire/demande.xhtml?faces-redirect=true&numero=" + open;
        }
      }
      Messages.error(null, e.messageKey());
    }
    return null;
  }

  private void show(List<FieldProblem> problems) {
    for (FieldProblem p : problems) {
      String formId = "document".equals(p.field()) ? DOCUMENT_FORM : FORM;
      Messages.error(formId + ":" + p.field(), p.key(), p.argsArray());
    }
  }

  private BankDetailsInput input() {
    return new BankDetailsInput(
        iban, bic, bankName, lastName, firstNames, street, postalCode, city);
  }

  /** The typed IBAN by groups of four, as on a RIB (shown while the tenant is typing it). */
  static String grouped(String typed) {
    String compact = typed.replaceAll("[\\s\\u00a0\\u202f\\-.]", "").toUpperCase(Locale.ROOT);
    return compact.replaceAll("(.{4})(?!$)", "$1 ");
  }

  /** The new IBAN masked, for step 2: only its country, check digits and last three shown. */
  public String getMaskedIban() {
    return iban == null ? null : new Iban(iban).masked();
  }

  /** The BIC as it will be recorded. */
  public String getBicShown() {
    return bic == null ? null : bic.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  public int getStep() {
    return step;
  }

  /** The name of the current step, for its heading. */
  public String getStepName() {
    return Messages.text("rib.step." + step);
  }

  public List<Integer> getSteps() {
    return List.of(1, 2, 3);
  }

  public BankDetailsForm getForm() {
    return form;
  }

  public List<ContractSummary> getChoices() {
    return choices;
  }

  public boolean isNoContract() {
    return noContract;
  }

  public String getIbanStatus() {
    return ibanStatus;
  }

  public String getContract() {
    return contract;
  }

  public void setContract(String contract) {
    this.contract = contract;
  }

  public String getIban() {
    return iban;
  }

  public void setIban(String iban) {
    this.iban = iban;
  }

  public String getBic() {
    return bic;
  }

  public void setBic(String bic) {
    this.bic = bic;
  }

  public String getBankName() {
    return bankName;
  }

  public void setBankName(String bankName) {
    this.bankName = bankName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getFirstNames() {
    return firstNames;
  }

  public void setFirstNames(String firstNames) {
    this.firstNames = firstNames;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }
}
