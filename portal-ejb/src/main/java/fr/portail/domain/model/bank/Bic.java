package fr.portail.domain.model.bank;

import fr.portail.domain.model.contract.Iban;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.UnsupportedCountryException;

/**
 * A bank's identifier (ISO 9362): 8 or 11 characters, the bank, its country (letters 5 and 6),
 * location and optional branch, checked by iban4j; stored in capitals without spaces.
 */
@Embeddable
public class Bic implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Territories whose banks have a BIC of their own country code but whose accounts have the IBANs
   * of another: the French overseas departments and collectivities (FR), Jersey, Guernsey and the
   * Isle of Man (GB), the Åland Islands (FI).
   */
  private static final Map<String, Set<String>> IBAN_TERRITORIES =
      Map.of(
          "FR", Set.of("GF", "GP", "MQ", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF"),
          "GB", Set.of("JE", "GG", "IM"),
          "FI", Set.of("AX"));

  @Column(name = "bic", nullable = false, length = 11)
  private String value;

  protected Bic() {}

  public Bic(String input) {
    String compact =
        input == null ? "" : input.replaceAll("[\\s\\u00a0\\u202f]", "").toUpperCase(Locale.ROOT);
    if (compact.isEmpty()) {
      throw new BankDetailRefused("bank.bic.required");
    }
    if (compact.length() != 8 && compact.length() != 11) {
      throw new BankDetailRefused("bank.bic.length", String.valueOf(compact.length()));
    }
    try {
      BicUtil.validate(compact);
    } catch (UnsupportedCountryException e) {
      throw new BankDetailRefused("bank.bic.country", compact.substring(4, 6));
    } catch (BicFormatException e) {
      throw new BankDetailRefused("bank.bic.format");
    }
    this.value = compact;
  }

  public String value() {
    return value;
  }

  /** The country of the bank: letters 5 and 6. */
  public String countryCode() {
    return value.substring(4, 6);
  }

  /** Whether the bank is in the country of the IBAN (or a territory that uses its IBANs). */
  public boolean agreesWith(Iban iban) {
    String ibanCountry = iban.value().substring(0, 2);
    return ibanCountry.equals(countryCode())
        || IBAN_TERRITORIES.getOrDefault(ibanCountry, Set.of()).contains(countryCode());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bic b && value.equals(b.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
