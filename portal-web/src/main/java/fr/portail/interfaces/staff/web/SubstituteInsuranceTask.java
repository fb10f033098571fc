package fr.portail.interfaces.staff.web;

import fr.portail.application.InsuranceRenewalService;
import fr.portail.application.RenewalReview;
import fr.portail.domain.model.insurance.SubstituteInsurance;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.Money;
import fr.portail.interfaces.web.Messages;
import fr.portail.workflow.insurance.InsuranceRenewalProcess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The insurance the officer takes out on the tenant's behalf a month after an unanswered formal
 * notice: insurer, policy, annual premium and its increase (10 % at most), with the twelfths the
 * tenant will pay worked out before they are recorded.
 */
@Named
@ViewScoped
public class SubstituteInsuranceTask extends StaffTaskPage {

  private static final long serialVersionUID = 1L;

  static final String FORM = "substituteForm";

  @Inject private InsuranceRenewalService insurance;

  private RenewalReview review;
  private String insurer;
  private String policyNumber;
  private String annualPremium;
  private String surchargePercent = SubstituteInsurance.SURCHARGE_MAX_PERCENT.toPlainString();
  private List<Money> twelfths;

  @Override
  protected void loaded() {
    review = insurance.reviewForStaff(getRequest().id());
  }

  /** Works the twelfths out from the premium and increase typed, without recording anything. */
  public void preview() {
    twelfths = null;
    try {
      twelfths =
          SubstituteInsurance.twelfths(
              Money.euros(decimal(annualPremium)), new BigDecimal(decimal(surchargePercent)));
    } catch (InvalidValueException e) {
      Messages.error(
          FORM
              + ":"
              + (e.messageKey().contains("surcharge") ? "surchargePercent" : "annualPremium"),
          e.messageKey().startsWith("insurance.") ? e.messageKey() : "insurance.premium.invalid");
    } catch (NumberFormatException e) {
      Messages.error(FORM + ":surchargePercent", "insurance.surcharge.invalid");
    }
  }

  public String save() {
    return complete(
        Map.of(
            InsuranceRenewalProcess.SUBSTITUTE_INSURER, text(insurer),
            InsuranceRenewalProcess.SUBSTITUTE_POLICY, text(policyNumber),
            InsuranceRenewalProcess.ANNUAL_PREMIUM, text(annualPremium),
            InsuranceRenewalProcess.SURCHARGE_PERCENT, text(surchargePercent)),
        FORM,
        "task.substitute.saved");
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String decimal(String typed) {
    return typed == null ? "" : typed.strip().replace(" ", "").replace(',', '.');
  }

  public RenewalReview getReview() {
    return review;
  }

  /** The twelve instalments worked out by the preview, or null. */
  public List<Money> getTwelfths() {
    return twelfths;
  }

  public Money getTotal() {
    return twelfths == null ? null : twelfths.stream().reduce(Money.ZERO, Money::plus);
  }

  public String getInsurer() {
    return insurer;
  }

  public void setInsurer(String insurer) {
    this.insurer = insurer;
  }

  public String getPolicyNumber() {
    return policyNumber;
  }

  public void setPolicyNumber(String policyNumber) {
    this.policyNumber = policyNumber;
  }

  public String getAnnualPremium() {
    return annualPremium;
  }

  public void setAnnualPremium(String annualPremium) {
    this.annualPremium = annualPremium;
  }

  public String getSurchargePercent() {
    return surchargePercent;
  }

  public void setSurchargePercent(String surchargePercent) {
    this.surchargePercent = surchargePercent;
  }
}
