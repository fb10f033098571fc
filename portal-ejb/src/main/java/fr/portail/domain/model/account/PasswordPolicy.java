package fr.portail.domain.model.account;

import fr.portail.domain.shared.InvalidValueException;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CNIL's password rules (délibération 2022-100, password alone): at least 12 characters with
 * upper case, lower case, digit and special character; or at least 14 characters with upper case,
 * lower case and digit; or a passphrase of at least 7 words.
 */
public final class PasswordPolicy {

  /** Longer input is refused before hashing: hashing megabytes is a denial of service. */
  public static final int MAX_LENGTH = 256;

  public static final int MIN_WITH_SPECIAL = 12;
  public static final int MIN_WITHOUT_SPECIAL = 14;
  public static final int MIN_PASSPHRASE_WORDS = 7;

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\-_.,;:]+");

  /** What a password lacks to meet the 12-character rule. */
  public enum Missing {
    LENGTH,
    UPPER,
    LOWER,
    DIGIT,
    SPECIAL
  }

  private PasswordPolicy() {}

  public static boolean accepts(String password) {
    if (password == null || password.isEmpty() || password.length() > MAX_LENGTH) {
      return false;
    }
    Set<Missing> missing = missingFor12(password);
    if (missing.isEmpty()) {
      return true;
    }
    boolean noSpecialRule =
        password.length() >= MIN_WITHOUT_SPECIAL
            && !missing.contains(Missing.UPPER)
            && !missing.contains(Missing.LOWER)
            && !missing.contains(Missing.DIGIT);
    return noSpecialRule || words(password) >= MIN_PASSPHRASE_WORDS;
  }

  /** What the password lacks for the 12-character rule (empty when it meets it). */
  public static Set<Missing> missingFor12(String password) {
    Set<Missing> missing = EnumSet.noneOf(Missing.class);
    String p = password == null ? "" : password;
    if (p.length() < MIN_WITH_SPECIAL) {
      missing.add(Missing.LENGTH);
    }
    if (p.codePoints().noneMatch(Character::isUpperCase)) {
      missing.add(Missing.UPPER);
    }
    if (p.codePoints().noneMatch(Character::isLowerCase)) {
      missing.add(Missing.LOWER);
    }
    if (p.codePoints().noneMatch(Character::isDigit)) {
      missing.add(Missing.DIGIT);
    }
    if (p.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c))) {
      missing.add(Missing.SPECIAL);
    }
    return missing;
  }

  /** Words of a passphrase: runs of characters between spaces, dashes or punctuation. */
  static int words(String password) {
    return (int) WORD_SEPARATORS.splitAsStream(password.strip()).filter(w -> !w.isEmpty()).count();
  }

  /** The password, or a refusal with the key "password.weak" (or "password.tooLong"). */
  public static String require(String password) {
    if (password != null && password.length() > MAX_LENGTH) {
      throw new InvalidValueException("password.tooLong", password.length() + " caractères");
    }
    if (!accepts(password)) {
      throw new InvalidValueException("password.weak", "refusé");
    }
    return password;
  }
}
