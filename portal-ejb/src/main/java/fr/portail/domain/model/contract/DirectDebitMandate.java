package fr.portail.domain.model.contract;

import fr.portail.domain.shared.Address;
import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.InvalidValueException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A SEPA direct debit mandate of a contract: its unique reference (RUM) and the account it debits
 * from a date. An amendment is a new row with the same reference and a later date.
 */
@Entity
@Table(name = "direct_debit_mandate")
@NamedQuery(
    name = "DirectDebitMandate.inForce",
    query =
        "select m from DirectDebitMandate m where m.contract.id = :contractId"
            + " and m.effectiveFrom <= :asOf order by m.effectiveFrom desc, m.id desc")
@NamedQuery(
    name = "DirectDebitMandate.latest",
    query =
        "select m from DirectDebitMandate m where m.contract.id = :contractId"
            + " order by m.effectiveFrom desc, m.id desc")
public class DirectDebitMandate {

  private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @Column(name = "reference", nullable = false, length = 35)
  private String reference;

  @Embedded private Iban iban;

  @Column(name = "bic", nullable = false, length = 11)
  private String bic;

  @Column(name = "bank_name", length = 120)
  private String bankName;

  @Column(name = "holder_name", nullable = false, length = 140)
  private String holderName;

  /** The holder's postal address; unknown (null) on mandates recorded before the portal had it. */
  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "holder_street"))
  @AttributeOverride(name = "postalCode", column = @Column(name = "holder_postal_code"))
  @AttributeOverride(name = "city", column = @Column(name = "holder_city"))
  private Address holderAddress;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  protected DirectDebitMandate() {}

  public DirectDebitMandate(
      Contract contract,
      String reference,
      Iban iban,
      String bic,
      String bankName,
      String holderName,
      LocalDate effectiveFrom) {
    if (contract == null || iban == null || effectiveFrom == null) {
      throw new InvalidValueException("mandate.invalid", "champ manquant");
    }
    this.contract = contract;
    this.reference = Checks.requireText(reference, 35, "mandate.reference.invalid");
    this.iban = iban;
    this.bic =
        Checks.requirePattern(
            bic == null ? null : bic.strip().toUpperCase(java.util.Locale.ROOT),
            BIC,
            "bic.invalid");
    this.bankName = bankName;
    this.holderName = Checks.requireText(holderName, 140, "mandate.holder.invalid");
    this.effectiveFrom = effectiveFrom;
  }

  /**
   * The amendment of this mandate to another account: a new mandate row with the same reference
   * (RUM), effective from a later date; this one stays as the history of the account debited until
   * then. An amendment from the same date as this one (two changes approved within the same notice
   * period) replaces it: the newer row is the one in force.
   */
  public DirectDebitMandate amendedTo(
      Iban newIban,
      String newBic,
      String newBankName,
      String newHolderName,
      Address newHolderAddress,
      LocalDate from) {
    if (from == null || from.isBefore(effectiveFrom)) {
      throw new InvalidValueException("mandate.amendment.date", String.valueOf(from));
    }
    DirectDebitMandate amendment =
        new DirectDebitMandate(
            contract, reference, newIban, newBic, newBankName, newHolderName, from);
    amendment.holderAddress = newHolderAddress;
    return amendment;
  }

  public String reference() {
    return reference;
  }

  public Iban iban() {
    return iban;
  }

  public String bic() {
    return bic;
  }

  /** The BIC with only its bank code shown: "BNPA*****". */
  public String maskedBic() {
    return bic.substring(0, 4) + "*".repeat(bic.length() - 4);
  }

  public String bankName() {
    return bankName;
  }

  public String holderName() {
    return holderName;
  }

  /** The holder's address, or null when the mandate was recorded without it. */
  public Address holderAddress() {
    return holderAddress;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }
}
