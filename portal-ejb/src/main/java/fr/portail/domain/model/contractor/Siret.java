package fr.portail.domain.model.contractor;

import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A SIRET: the 14 digits of an establishment (SIREN of the company + NIC), with its check digit
 * (Luhn). Accepts the spaces of the printed form "732 829 320 00074" on input.
 */
@Embeddable
public class Siret implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern FOURTEEN_DIGITS = Pattern.compile("\\d{14}");

  /** La Poste's establishments are too many for the Luhn key: INSEE sums their digits instead. */
  private static final String LA_POSTE_SIREN = "356000000";

  @Column(name = "siret", nullable = false, unique = true, length = 14)
  private String value;

  protected Siret() {}

  public Siret(String input) {
    String compact = input == null ? null : input.replaceAll("[\\s\\u00a0\\u202f.]", "");
    Checks.requirePattern(compact, FOURTEEN_DIGITS, "siret.invalid");
    boolean valid = compact.startsWith(LA_POSTE_SIREN) ? digitSum(compact) % 5 == 0 : luhn(compact);
    if (!valid) {
      throw new InvalidValueException("siret.invalid", compact);
    }
    this.value = compact;
  }

  public String value() {
    return value;
  }

  /** The company's SIREN: the first nine digits. */
  public String siren() {
    return value.substring(0, 9);
  }

  /** As printed on invoices: "732 829 320 00074". */
  public String display() {
    return value.substring(0, 3)
        + " "
        + value.substring(3, 6)
        + " "
        + value.substring(6, 9)
        + " "
        + value.substring(9);
  }

  /** Every second digit from the right doubled (less 9 past 9), the total a multiple of 10. */
  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  private static int digitSum(String digits) {
    return digits.chars().map(c -> c - '0').sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Siret s && value.equals(s.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return display();
  }
}
