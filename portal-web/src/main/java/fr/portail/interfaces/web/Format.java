package fr.portail.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts and dates as a French reader expects them (1 234,56 €, 18/04/2023, 17:32). */
@Named("fmt")
@ApplicationScoped
public class Format {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

  public String money(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
    return format.format(amount).replace('\u202f', ' ').replace('\u00a0', ' ');
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(PARIS));
  }

  /** "avril 2023". */
  public String month(java.time.YearMonth month) {
    return month == null ? "" : MONTH.format(month);
  }

  /** "245 ko", "3,2 Mo". */
  public String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " ko";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
    format.setMaximumFractionDigits(1);
    return format.format(bytes / (1024.0 * 1024.0)) + " Mo";
  }

  public String longDate(LocalDate date) {
    return date == null ? "" : LONG_DATE.format(date);
  }
}
