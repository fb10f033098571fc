package fr.portail.domain.shared;

import java.time.LocalDate;
import java.time.Month;

/**
 * The eleven public holidays of metropolitan France (Code du travail, art. L3133-1). Alsace-Moselle
 * and the overseas departments have more; the landlord's agencies are in Île-de-France.
 */
public enum PublicHoliday {
  NEW_YEARS_DAY,
  EASTER_MONDAY,
  LABOUR_DAY,
  VICTORY_IN_EUROPE_DAY,
  ASCENSION_DAY,
  /** Also the "journée de solidarité" since 2004; still a public holiday in the law's list. */
  WHIT_MONDAY,
  BASTILLE_DAY,
  ASSUMPTION_DAY,
  ALL_SAINTS_DAY,
  ARMISTICE_DAY,
  CHRISTMAS_DAY;

  /** First year of the Gregorian calendar in France, where the Easter computation holds. */
  public static final int FIRST_YEAR = 1583;

  /** The day of this holiday in the given year. */
  public LocalDate in(int year) {
    return switch (this) {
      case NEW_YEARS_DAY -> LocalDate.of(year, Month.JANUARY, 1);
      case EASTER_MONDAY -> easterSunday(year).plusDays(1);
      case LABOUR_DAY -> LocalDate.of(year, Month.MAY, 1);
      case VICTORY_IN_EUROPE_DAY -> LocalDate.of(year, Month.MAY, 8);
      case ASCENSION_DAY -> easterSunday(year).plusDays(39);
      case WHIT_MONDAY -> easterSunday(year).plusDays(50);
      case BASTILLE_DAY -> LocalDate.of(year, Month.JULY, 14);
      case ASSUMPTION_DAY -> LocalDate.of(year, Month.AUGUST, 15);
      case ALL_SAINTS_DAY -> LocalDate.of(year, Month.NOVEMBER, 1);
      case ARMISTICE_DAY -> LocalDate.of(year, Month.NOVEMBER, 11);
      case CHRISTMAS_DAY -> LocalDate.of(year, Month.DECEMBER, 25);
    };
  }

  /**
   * Easter Sunday of the Gregorian calendar, by the anonymous algorithm published by Meeus (after
   * Butcher), exact for every Gregorian year.
   */
  public static LocalDate easterSunday(int year) {
    if (year < FIRST_YEAR) {
      throw new IllegalArgumentException("Gregorian year expected: " + year);
    }
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
