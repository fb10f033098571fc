package fr.portail.domain.model.contract;

import fr.portail.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/** An IBAN checked at once (country length, mod-97), stored without spaces. */
@Embeddable
public class Iban implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "iban", nullable = false, length = 34)
  private String value;

  protected Iban() {}

  public Iban(String input) {
    String compact =
        input == null ? "" : input.replaceAll("[\\s\\u00a0\\-]", "").toUpperCase(Locale.ROOT);
    try {
      IbanUtil.validate(compact);
    } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
      throw new InvalidValueException("iban.invalid", compact);
    }
    this.value = compact;
  }

  public String value() {
    return value;
  }

  /**
   * The IBAN as the tenant's pages show it: country and check digits, then only the last three
   * characters, in groups of four ("FR76 **** **** **** **** **** 189").
   */
  public String masked() {
    StringBuilder masked = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        masked.append(' ');
      }
      masked.append(i < 4 || i >= value.length() - 3 ? value.charAt(i) : '*');
    }
    return masked.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Iban i && value.equals(i.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
