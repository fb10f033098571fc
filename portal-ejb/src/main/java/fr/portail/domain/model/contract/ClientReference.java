package fr.portail.domain.model.contract;

import fr.portail.domain.shared.Checks;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The client reference printed on the rent notice (numéro TG): "TG" followed by eight digits.
 * Spaces and lower case are accepted on input, as tenants copy it from paper.
 */
@Embeddable
public class ClientReference implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern FORMAT = Pattern.compile("TG\\d{8}");

  @Column(name = "client_reference", nullable = false, unique = true, length = 10)
  private String value;

  protected ClientReference() {}

  public ClientReference(String input) {
    String normalized = input == null ? null : input.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    this.value = Checks.requirePattern(normalized, FORMAT, "contract.clientReference.invalid");
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClientReference c && value.equals(c.value);
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
