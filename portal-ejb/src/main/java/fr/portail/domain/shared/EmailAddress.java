package fr.portail.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, kept in lower case; a pragmatic syntax check (local@domain.tld). */
@Embeddable
public class EmailAddress implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern SYNTAX =
      Pattern.compile(
          "[A-Za-z0-9._%+'\\-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}");

  @Column(name = "email", length = 254)
  private String value;

  protected EmailAddress() {}

  public EmailAddress(String input) {
    String trimmed = input == null ? null : input.strip();
    if (trimmed == null || trimmed.length() > 254) {
      throw new InvalidValueException("email.invalid", String.valueOf(input));
    }
    this.value = Checks.requirePattern(trimmed, SYNTAX, "email.invalid").toLowerCase(Locale.ROOT);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailAddress e && value.equals(e.value);
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
