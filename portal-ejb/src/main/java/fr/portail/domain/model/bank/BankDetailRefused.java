package fr.portail.domain.model.bank;

import fr.portail.domain.shared.InvalidValueException;
import java.util.List;

/**
 * A bank detail refused, with what its message needs to tell the tenant precisely what to correct
 * (e.g. the length an IBAN of that country has, and the length typed). Keys are {@code
 * bank.<field>.<reason>}.
 */
public class BankDetailRefused extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  private final List<String> args;

  public BankDetailRefused(String messageKey, String... args) {
    super(messageKey, String.join(", ", args));
    this.args = List.of(args);
  }

  /** The values the message shows, in order. */
  public List<String> args() {
    return args;
  }

  /** The detail refused: the second part of the key ("iban", "bic", "lastName"…). */
  public String field() {
    return field(messageKey());
  }

  /** The field a key of the form {@code bank.<field>.<reason>} is about. */
  public static String field(String messageKey) {
    String[] parts = messageKey.split("\\.");
    return parts.length >= 3 && "bank".equals(parts[0]) ? parts[1] : null;
  }
}
