package fr.portail.domain.shared;

/**
 * Thrown when a value object refuses its input. The message key names a French message in the web
 * bundle; the domain itself stays free of any screen.
 */
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public InvalidValueException(String messageKey, String detail) {
    super(messageKey + ": " + detail);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
