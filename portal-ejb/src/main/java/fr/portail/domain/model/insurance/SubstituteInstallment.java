package fr.portail.domain.model.insurance;

import fr.portail.domain.model.contract.LedgerEntry;
import fr.portail.domain.model.contract.LedgerEntryKind;
import fr.portail.domain.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One twelfth of a substitute insurance's premium: the adjustment entry of the rent account on the
 * first day of its month, and the opposite entry when the tenant's own attestation cancelled it.
 */
@Entity
@Table(name = "substitute_insurance_installment")
public class SubstituteInstallment {

  /** The label of the account's entries, followed by "n/12". */
  public static final String LABEL = "Assurance pour compte du locataire";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "substitute_id", nullable = false)
  private SubstituteInsurance insurance;

  @Column(name = "number", nullable = false)
  private int number;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Embedded private Money amount;

  @ManyToOne(optional = false, fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
  @JoinColumn(name = "ledger_entry_id", nullable = false)
  private LedgerEntry entry;

  @ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
  @JoinColumn(name = "cancel_entry_id")
  private LedgerEntry cancellation;

  protected SubstituteInstallment() {}

  SubstituteInstallment(SubstituteInsurance insurance, int number, LocalDate dueOn, Money amount) {
    this.insurance = insurance;
    this.number = number;
    this.dueOn = dueOn;
    this.amount = amount;
    this.entry =
        new LedgerEntry(
            insurance.contract(),
            dueOn,
            LedgerEntryKind.ADJUSTMENT,
            LABEL + " " + number + "/" + SubstituteInsurance.INSTALLMENTS,
            amount);
  }

  void cancel() {
    cancellation =
        new LedgerEntry(
            insurance.contract(),
            dueOn,
            LedgerEntryKind.ADJUSTMENT,
            "Annulation : "
                + LABEL.toLowerCase(java.util.Locale.FRENCH)
                + " "
                + number
                + "/"
                + SubstituteInsurance.INSTALLMENTS
                + " (attestation reçue)",
            amount.negate());
  }

  public int number() {
    return number;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Money amount() {
    return amount;
  }

  /** The account's entry that charges this twelfth. */
  public LedgerEntry entry() {
    return entry;
  }

  /** The opposite entry that cancelled it; null while it is owed. */
  public LedgerEntry cancellation() {
    return cancellation;
  }

  public boolean cancelled() {
    return cancellation != null;
  }
}
