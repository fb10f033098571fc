package fr.portail.domain.model.contract;

import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.Money;
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
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One line of a contract's account. A positive amount is owed by the tenant (rent call), a negative
 * one is paid or credited; the balance is their sum.
 */
@Entity
@Table(name = "ledger_entry")
@NamedQuery(
    name = "LedgerEntry.balanceOf",
    query =
        "select coalesce(sum(e.amount.amount), 0) from LedgerEntry e"
            + " where e.contract.id = :contractId and e.entryDate <= :asOf")
@NamedQuery(
    name = "LedgerEntry.latestPayments",
    query =
        "select e from LedgerEntry e where e.contract.id in :contractIds"
            + " and e.kind = fr.portail.domain.model.contract.LedgerEntryKind.PAYMENT"
            + " order by e.entryDate desc, e.id desc")
public class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @Column(name = "entry_date", nullable = false)
  private LocalDate entryDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private LedgerEntryKind kind;

  @Column(name = "label", nullable = false, length = 200)
  private String label;

  @Embedded private Money amount;

  protected LedgerEntry() {}

  public LedgerEntry(
      Contract contract, LocalDate entryDate, LedgerEntryKind kind, String label, Money amount) {
    this.contract = contract;
    this.entryDate = entryDate;
    this.kind = kind;
    this.label = Checks.requireText(label, 200, "ledger.label.invalid");
    this.amount = amount;
  }

  public Contract contract() {
    return contract;
  }

  public Long id() {
    return id;
  }

  public LocalDate entryDate() {
    return entryDate;
  }

  public LedgerEntryKind kind() {
    return kind;
  }

  public String label() {
    return label;
  }

  public Money amount() {
    return amount;
  }
}
