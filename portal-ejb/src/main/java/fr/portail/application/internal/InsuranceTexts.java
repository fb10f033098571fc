package fr.portail.application.internal;

import fr.portail.domain.shared.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and amounts as the insurance renewal's texts show them to the tenant (the steps' details,
 * the outcomes, the e-mails), in French: 18/04/2026, 1 234,56 €, 7,5 %.
 */
final class InsuranceTexts {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private InsuranceTexts() {}

  static String date(LocalDate day) {
    return DATE.format(day);
  }

  static String euros(Money money) {
    return euros(money.amount());
  }

  static String euros(BigDecimal amount) {
    return NumberFormat.getCurrencyInstance(Locale.FRANCE)
        .format(amount)
        .replace('\u202f', ' ')
        .replace('\u00a0', ' ');
  }

  static String percent(BigDecimal percent) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
    format.setMaximumFractionDigits(2);
    return format.format(percent) + " %";
  }
}
