package fr.portail.domain.shared;

import java.util.regex.Pattern;

/** Small guards used by the value objects' constructors. */
public final class Checks {

  private Checks() {}

  public static String requireText(String value, int maxLength, String messageKey) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(messageKey, "vide");
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      throw new InvalidValueException(messageKey, "plus de " + maxLength + " caractères");
    }
    return trimmed;
  }

  public static String requirePattern(String value, Pattern pattern, String messageKey) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new InvalidValueException(messageKey, String.valueOf(value));
    }
    return value;
  }
}
