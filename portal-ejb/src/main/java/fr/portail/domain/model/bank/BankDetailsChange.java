package fr.portail.domain.model.bank;

import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.DirectDebitMandate;
import fr.portail.domain.model.contract.Iban;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A tenant's request to have his rent debited from another account: the new account (IBAN, BIC,
 * bank) and its holder, checked when typed; not applied until an officer approves it, which amends
 * the contract's SEPA mandate (same reference, new account) from the first debit day at least 14
 * days away. A refusal leaves the mandate as it was. One change at a time per contract.
 */
@Entity
@Table(name = "bank_details_change")
@NamedQuery(
    name = "BankDetailsChange.findByRequest",
    query = "select b from BankDetailsChange b where b.request.id = :requestId")
@NamedQuery(
    name = "BankDetailsChange.findPending",
    query =
        "select b from BankDetailsChange b where b.contract.id = :contractId and b.status ="
            + " fr.portail.domain.model.bank.BankDetailsChangeStatus.PENDING")
public class BankDetailsChange {

  public static final int BANK_NAME_MAX = 70;

  private static final Pattern BANK_NAME = Pattern.compile("[\\p{L}\\p{M}0-9 '’.,&()\\-]+");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id", nullable = false, unique = true)
  private TenantRequest request;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @Embedded private Iban iban;

  @Embedded private Bic bic;

  @Column(name = "bank_name", nullable = false, length = BANK_NAME_MAX)
  private String bankName;

  @Embedded private AccountHolder holder;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private BankDetailsChangeStatus status;

  /** The first day the new account is debited; set at approval. */
  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  /** The mandate row the approval created. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "amendment_id")
  private DirectDebitMandate amendment;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected BankDetailsChange() {}

  private BankDetailsChange(
      TenantRequest request, Iban iban, Bic bic, String bankName, AccountHolder holder) {
    this.request = request;
    this.contract = request.contract();
    this.iban = iban;
    this.bic = bic;
    this.bankName = bankName;
    this.holder = holder;
    this.status = BankDetailsChangeStatus.PENDING;
  }

  /**
   * The change asked for in the request, checked against the mandate on file: the contract pays by
   * direct debit, the new account is another one, and the bank is in the account's country.
   *
   * @param onFile the mandate the contract is debited under (the latest one, even if scheduled)
   */
  public static BankDetailsChange requested(
      TenantRequest request,
      Iban iban,
      Bic bic,
      String bankName,
      AccountHolder holder,
      DirectDebitMandate onFile) {
    if (request == null || iban == null || bic == null || holder == null) {
      throw new IllegalArgumentException("request, IBAN, BIC and holder expected");
    }
    if (request.type() != RequestType.BANK_DETAILS_CHANGE) {
      throw new IllegalArgumentException("not a change of bank details: " + request.type());
    }
    requireDirectDebit(request.contract(), onFile);
    requireNewAccount(iban, onFile);
    requireAgreement(bic, iban);
    return new BankDetailsChange(request, iban, bic, bankName(bankName), holder);
  }

  /**
   * A contract changes its RIB here only if it pays by direct debit (a debit day and a mandate).
   */
  public static void requireDirectDebit(Contract contract, DirectDebitMandate onFile) {
    if (!paysByDirectDebit(contract, onFile)) {
      throw new InvalidValueException("bank.noDirectDebit", String.valueOf(contract.id()));
    }
  }

  public static boolean paysByDirectDebit(Contract contract, DirectDebitMandate onFile) {
    return contract.isActive() && contract.directDebitDay() != null && onFile != null;
  }

  /** The account debited already cannot be the new one. */
  public static void requireNewAccount(Iban iban, DirectDebitMandate onFile) {
    if (onFile != null && onFile.iban().equals(iban)) {
      throw new BankDetailRefused("bank.iban.same");
    }
  }

  /** The bank's country (letters 5–6 of the BIC) is the account's. */
  public static void requireAgreement(Bic bic, Iban iban) {
    if (!bic.agreesWith(iban)) {
      throw new BankDetailRefused("bank.bic.notIbanCountry", bic.countryCode(), country(iban));
    }
  }

  /** The bank's name as typed, spaces tidied; refused when empty, too long or with markup. */
  public static String bankName(String input) {
    String tidy = input == null ? "" : input.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    if (tidy.isEmpty()) {
      throw new BankDetailRefused("bank.bankName.required");
    }
    if (tidy.length() > BANK_NAME_MAX) {
      throw new BankDetailRefused("bank.bankName.tooLong", String.valueOf(BANK_NAME_MAX));
    }
    if (!BANK_NAME.matcher(tidy).matches()) {
      throw new BankDetailRefused("bank.bankName.invalid");
    }
    return tidy;
  }

  /**
   * Approves the change: the mandate on file is amended to the new account from the first debit day
   * at least 14 days after {@code approvedOn}; the amendment, to be stored, is returned.
   */
  public DirectDebitMandate approve(DirectDebitMandate onFile, LocalDate approvedOn, Instant at) {
    requirePending();
    requireDirectDebit(contract, onFile);
    LocalDate from = AmendmentSchedule.effectiveFrom(approvedOn, contract.directDebitDay());
    DirectDebitMandate amended =
        onFile.amendedTo(iban, bic.value(), bankName, holder.displayName(), holder.address(), from);
    this.status = BankDetailsChangeStatus.APPROVED;
    this.effectiveFrom = from;
    this.amendment = amended;
    this.decidedAt = at;
    return amended;
  }

  /** Refuses the change: nothing of the mandate changes. */
  public void reject(Instant at) {
    requirePending();
    this.status = BankDetailsChangeStatus.REJECTED;
    this.decidedAt = at;
  }

  private void requirePending() {
    if (status != BankDetailsChangeStatus.PENDING) {
      throw new IllegalStateException("change of request " + request.number() + " is " + status);
    }
  }

  private static String country(Iban iban) {
    return iban.value().substring(0, 2);
  }

  public Long id() {
    return id;
  }

  public TenantRequest request() {
    return request;
  }

  public Contract contract() {
    return contract;
  }

  public Iban iban() {
    return iban;
  }

  public Bic bic() {
    return bic;
  }

  public String bankName() {
    return bankName;
  }

  public AccountHolder holder() {
    return holder;
  }

  public BankDetailsChangeStatus status() {
    return status;
  }

  public boolean isPending() {
    return status == BankDetailsChangeStatus.PENDING;
  }

  /** The first day the new account is debited; null until approved. */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public DirectDebitMandate amendment() {
    return amendment;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
