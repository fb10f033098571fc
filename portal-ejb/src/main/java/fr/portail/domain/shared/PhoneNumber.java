package fr.portail.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A French phone number, stored as its ten digits (0X XX XX XX XX). Accepts spaces, dots, dashes
 * and the +33 prefix on input.
 */
@Embeddable
public class PhoneNumber implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern TEN_DIGITS = Pattern.compile("0[1-9]\\d{8}");

  @Column(name = "phone", length = 10)
  private String digits;

  protected PhoneNumber() {}

  public PhoneNumber(String input) {
    if (input == null) {
      throw new InvalidValueException("phone.invalid", "null");
    }
    String compact = input.replaceAll("[\\s\\u00a0\\u202f.\\-]", "");
    if (compact.startsWith("+33")) {
      compact = "0" + compact.substring(3);
    } else if (compact.startsWith("0033")) {
      compact = "0" + compact.substring(4);
    }
    this.digits = Checks.requirePattern(compact, TEN_DIGITS, "phone.invalid");
  }

  public String digits() {
    return digits;
  }

  /** The number as printed in France: 01 23 45 67 89. */
  public String display() {
    return String.join(
        " ",
        digits.substring(0, 2),
        digits.substring(2, 4),
        digits.substring(4, 6),
        digits.substring(6, 8),
        digits.substring(8, 10));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhoneNumber p && digits.equals(p.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return display();
  }
}
