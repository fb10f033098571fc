package fr.portail.domain.model.insurance;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.Money;
import jakarta.persistence.AttributeOverride;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Home insurance the landlord took out on the tenant's behalf after an unanswered formal notice
 * (loi 89-462, art. 7 g): a year of cover whose annual premium, increased by at most 10 % (décret
 * 2016-382), is recovered in twelve monthly instalments added to the rent account. An attestation
 * of the tenant's own, once accepted, ends it: the instalments not yet due are cancelled.
 */
@Entity
@Table(name = "substitute_insurance")
@NamedQuery(
    name = "SubstituteInsurance.inForce",
    query =
        "select s from SubstituteInsurance s where s.contract.id = :contractId"
            + " and s.endedOn is null and s.endsOn >= :day order by s.startsOn desc, s.id desc")
public class SubstituteInsurance {

  /** The highest increase of the premium the landlord may recover (décret 2016-382). */
  public static final BigDecimal SURCHARGE_MAX_PERCENT = new BigDecimal("10");

  /** The premium is recovered in twelfths, with each monthly rent. */
  public static final int INSTALLMENTS = 12;

  static final Money PREMIUM_MIN = Money.euros("1.00");
  static final Money PREMIUM_MAX = Money.euros("10000.00");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "renewal_id", nullable = false, unique = true)
  private InsuranceRenewal renewal;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @Column(name = "insurer", nullable = false, length = AttestationSubmission.INSURER_MAX)
  private String insurer;

  @Column(name = "policy_number", nullable = false, length = AttestationSubmission.POLICY_MAX)
  private String policyNumber;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "annual_premium", nullable = false, precision = 12, scale = 2))
  private Money annualPremium;

  @Column(name = "surcharge_percent", nullable = false, precision = 4, scale = 2)
  private BigDecimal surchargePercent;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  /** The day the tenant's own attestation ended it; null while it runs. */
  @Column(name = "ended_on")
  private LocalDate endedOn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "recorded_by")
  private UserAccount recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @OneToMany(mappedBy = "insurance", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<SubstituteInstallment> installments = new ArrayList<>();

  protected SubstituteInsurance() {}

  static SubstituteInsurance subscribe(
      InsuranceRenewal renewal,
      String insurer,
      String policyNumber,
      Money annualPremium,
      BigDecimal surchargePercent,
      LocalDate startsOn,
      UserAccount officer,
      Instant at) {
    SubstituteInsurance insurance = new SubstituteInsurance();
    insurance.renewal = renewal;
    insurance.contract = renewal.contract();
    insurance.insurer =
        Checks.requireText(
            insurer, AttestationSubmission.INSURER_MAX, "insurance.substituteInsurer.invalid");
    insurance.policyNumber =
        Checks.requireText(
            policyNumber, AttestationSubmission.POLICY_MAX, "insurance.substitutePolicy.invalid");
    List<Money> twelfths = twelfths(annualPremium, surchargePercent);
    insurance.annualPremium = annualPremium;
    insurance.surchargePercent = surchargePercent.setScale(2, RoundingMode.UNNECESSARY);
    insurance.startsOn = startsOn;
    insurance.endsOn = startsOn.plusYears(1).minusDays(1);
    insurance.recordedBy = officer;
    insurance.recordedAt = at;
    LocalDate due = startsOn.withDayOfMonth(1).plusMonths(1);
    for (int n = 1; n <= INSTALLMENTS; n++, due = due.plusMonths(1)) {
      insurance.installments.add(new SubstituteInstallment(insurance, n, due, twelfths.get(n - 1)));
    }
    return insurance;
  }

  /**
   * What the tenant pays back each month for an annual premium increased by {@code
   * surchargePercent} (0 to 10): the increased premium divided by twelve, rounded to the cent, the
   * last instalment taking up the rounding so that the twelve add up to the increased premium.
   */
  public static List<Money> twelfths(Money annualPremium, BigDecimal surchargePercent) {
    requirePremium(annualPremium);
    requireSurcharge(surchargePercent);
    BigDecimal increased =
        annualPremium.amount().multiply(BigDecimal.ONE.add(surchargePercent.movePointLeft(2)));
    BigDecimal total = increased.setScale(2, RoundingMode.HALF_UP);
    BigDecimal monthly =
        increased.divide(BigDecimal.valueOf(INSTALLMENTS), 2, RoundingMode.HALF_UP);
    List<Money> twelfths = new ArrayList<>(INSTALLMENTS);
    for (int n = 1; n < INSTALLMENTS; n++) {
      twelfths.add(new Money(monthly));
    }
    twelfths.add(new Money(total.subtract(monthly.multiply(BigDecimal.valueOf(INSTALLMENTS - 1)))));
    return List.copyOf(twelfths);
  }

  /** The premium the landlord paid: at least 1 €, at most 10 000 €. */
  public static Money requirePremium(Money annualPremium) {
    if (annualPremium == null
        || annualPremium.compareTo(PREMIUM_MIN) < 0
        || annualPremium.compareTo(PREMIUM_MAX) > 0) {
      throw new InvalidValueException("insurance.premium.invalid", String.valueOf(annualPremium));
    }
    return annualPremium;
  }

  /** An increase of 0 to 10 %, with two decimals at most. */
  public static BigDecimal requireSurcharge(BigDecimal surchargePercent) {
    if (surchargePercent == null
        || surchargePercent.signum() < 0
        || surchargePercent.compareTo(SURCHARGE_MAX_PERCENT) > 0
        || surchargePercent.stripTrailingZeros().scale() > 2) {
      throw new InvalidValueException(
          "insurance.surcharge.invalid", String.valueOf(surchargePercent));
    }
    return surchargePercent;
  }

  /**
   * The tenant's own attestation was accepted on {@code on}: the instalments due after that day are
   * cancelled (each by an opposite entry of the account); those already due stay owed.
   *
   * @return the instalments cancelled
   */
  public List<SubstituteInstallment> end(LocalDate on) {
    if (endedOn != null) {
      throw new IllegalStateException("substitute insurance " + id + " already ended");
    }
    endedOn = on;
    List<SubstituteInstallment> cancelled = new ArrayList<>();
    for (SubstituteInstallment installment : installments) {
      if (installment.dueOn().isAfter(on) && !installment.cancelled()) {
        installment.cancel();
        cancelled.add(installment);
      }
    }
    return cancelled;
  }

  public boolean inForceOn(LocalDate day) {
    return endedOn == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  /** The premium with its increase, which the twelve instalments add up to. */
  public Money total() {
    Money sum = Money.ZERO;
    for (SubstituteInstallment installment : installments) {
      sum = sum.plus(installment.amount());
    }
    return sum;
  }

  public Long id() {
    return id;
  }

  public InsuranceRenewal renewal() {
    return renewal;
  }

  public Contract contract() {
    return contract;
  }

  public String insurer() {
    return insurer;
  }

  public String policyNumber() {
    return policyNumber;
  }

  public Money annualPremium() {
    return annualPremium;
  }

  public BigDecimal surchargePercent() {
    return surchargePercent;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public LocalDate endedOn() {
    return endedOn;
  }

  public List<SubstituteInstallment> installments() {
    return Collections.unmodifiableList(installments);
  }
}
