package fr.portail.domain.model.bank;

import java.time.LocalDate;

/**
 * When a changed account starts being debited: the tenant must be told at least 14 calendar days
 * before the first debit on the new account (the SEPA pre-notification the portal's direct debit
 * terms set), so the new account takes effect on the first debit day that is at least 14 days after
 * the approval.
 */
public final class AmendmentSchedule {

  /** Days between the approval (the tenant is told that day) and the first debit on the account. */
  public static final int PRE_NOTIFICATION_DAYS = 14;

  private AmendmentSchedule() {}

  /**
   * The first date D whose day of the month is the contract's debit day and such that D is on or
   * after {@code approvedOn} + 14 days.
   *
   * @param debitDay the day of the month the rent is debited (1 to 28, so every month has it)
   */
  public static LocalDate effectiveFrom(LocalDate approvedOn, int debitDay) {
    if (approvedOn == null) {
      throw new IllegalArgumentException("approval date expected");
    }
    if (debitDay < 1 || debitDay > 28) {
      throw new IllegalArgumentException("not a debit day: " + debitDay);
    }
    LocalDate earliest = approvedOn.plusDays(PRE_NOTIFICATION_DAYS);
    LocalDate sameMonth = earliest.withDayOfMonth(debitDay);
    return sameMonth.isBefore(earliest) ? sameMonth.plusMonths(1) : sameMonth;
  }
}
