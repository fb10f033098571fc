package fr.portail.application;

import jakarta.ejb.ApplicationException;

/** Input refused by a use case; the key names a French message of the web bundle. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String messageKey;

  public InvalidInputException(String field, String messageKey) {
    super(field + ": " + messageKey);
    this.field = field;
    this.messageKey = messageKey;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
