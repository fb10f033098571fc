package fr.portail.domain.model.bank;

import fr.portail.domain.model.contract.Iban;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.iban4j.CountryCode;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * Reads an IBAN as a tenant types it and says precisely what is wrong: the country, the length an
 * IBAN of that country has (ISO 13616), the characters its national format expects, the national
 * key where the country has one (the French "clé RIB"), the mod-97 check digits. Only accounts of
 * the SEPA area can be debited by a SEPA direct debit.
 */
public final class SepaIban {

  /**
   * Countries and territories of the SEPA schemes' geographical scope that have IBANs of their own
   * (EPC409-09): the EU, the EEA, Switzerland, the United Kingdom, Monaco, San Marino, the Vatican,
   * Andorra, Gibraltar, Albania, Moldova, Montenegro and North Macedonia. The French overseas
   * departments, Jersey, Guernsey, the Isle of Man and the Åland Islands use the IBANs of FR, GB
   * and FI.
   */
  static final Set<String> SEPA_COUNTRIES =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
          "CH", "GB", "MC", "SM", "VA", "AD", "GI", "AL", "MD", "ME", "MK");

  /** The longest IBAN of any country (ISO 13616). */
  static final int MAX_LENGTH = 34;

  private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0\\u202f\\-.]");

  private SepaIban() {}

  /** The IBAN without spaces, in capitals; {@link BankDetailRefused} with the reason otherwise. */
  public static Iban parse(String input) {
    String compact = compact(input);
    if (compact.isEmpty()) {
      throw new BankDetailRefused("bank.iban.required");
    }
    if (compact.length() > MAX_LENGTH * 2 || !SHAPE.matcher(compact).matches()) {
      throw new BankDetailRefused("bank.iban.shape");
    }
    String country = compact.substring(0, 2);
    CountryCode code = CountryCode.getByCode(country);
    if (code == null || !IbanUtil.isSupportedCountry(code)) {
      throw new BankDetailRefused("bank.iban.country", country);
    }
    if (!SEPA_COUNTRIES.contains(country)) {
      throw new BankDetailRefused("bank.iban.notSepa", country);
    }
    int expected = IbanUtil.getIbanLength(code);
    if (compact.length() != expected) {
      throw new BankDetailRefused(
          "bank.iban.length", country, String.valueOf(expected), String.valueOf(compact.length()));
    }
    try {
      IbanUtil.validate(compact);
    } catch (InvalidCheckDigitException e) {
      throw new BankDetailRefused("bank.iban.checkDigits");
    } catch (IbanFormatException | UnsupportedCountryException e) {
      throw new BankDetailRefused("bank.iban.format", country);
    }
    try {
      IbanUtil.validateWithCountryRules(compact);
    } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
      throw new BankDetailRefused("bank.iban.nationalKey", country);
    }
    return new Iban(compact);
  }

  /** The IBAN as printed on a RIB, by groups of four: "FR76 3000 6000 0112 3456 7890 189". */
  public static String grouped(Iban iban) {
    return iban.value().replaceAll("(.{4})(?!$)", "$1 ");
  }

  static String compact(String input) {
    return input == null ? "" : SEPARATORS.matcher(input).replaceAll("").toUpperCase(Locale.ROOT);
  }
}
