package fr.portail.domain.model.bank;

import fr.portail.domain.shared.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The holder of the account to debit, as the mandate names him: last name, first names and postal
 * address in France. Names start with a letter and hold letters (accents included), digits (a
 * company: "SCI Les 3 Chênes"), spaces, hyphens, apostrophes and dots only: what a bank prints,
 * never markup.
 */
@Embeddable
public class AccountHolder implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int LAST_NAME_MAX = 50;
  public static final int FIRST_NAMES_MAX = 70;
  public static final int STREET_MAX = 120;
  public static final int CITY_MAX = 60;

  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M}0-9 '’.\\-]*");
  private static final Pattern CITY = Pattern.compile("\\p{L}[\\p{L}\\p{M}0-9 '’.\\-]*");
  private static final Pattern STREET = Pattern.compile("[\\p{L}\\p{M}0-9 '’.,/°()\\-]+");
  private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");

  @Column(name = "holder_last_name", nullable = false, length = LAST_NAME_MAX)
  private String lastName;

  @Column(name = "holder_first_names", nullable = false, length = FIRST_NAMES_MAX)
  private String firstNames;

  @Column(name = "holder_street", nullable = false, length = STREET_MAX)
  private String street;

  @Column(name = "holder_postal_code", nullable = false, length = 5)
  private String postalCode;

  @Column(name = "holder_city", nullable = false, length = CITY_MAX)
  private String city;

  protected AccountHolder() {}

  public AccountHolder(
      String lastName, String firstNames, String street, String postalCode, String city) {
    this.lastName = lastName(lastName);
    this.firstNames = firstNames(firstNames);
    this.street = street(street);
    this.postalCode = postalCode(postalCode);
    this.city = city(city);
  }

  /** The last name as typed, spaces tidied; refused when empty, too long or not a name. */
  public static String lastName(String input) {
    return text(input, LAST_NAME_MAX, NAME, "lastName");
  }

  public static String firstNames(String input) {
    return text(input, FIRST_NAMES_MAX, NAME, "firstNames");
  }

  public static String street(String input) {
    return text(input, STREET_MAX, STREET, "street");
  }

  public static String postalCode(String input) {
    String compact = input == null ? "" : SPACES.matcher(input).replaceAll("");
    if (compact.isEmpty()) {
      throw new BankDetailRefused("bank.postalCode.required");
    }
    if (!POSTAL_CODE.matcher(compact).matches()) {
      throw new BankDetailRefused("bank.postalCode.invalid");
    }
    return compact;
  }

  public static String city(String input) {
    return text(input, CITY_MAX, CITY, "city");
  }

  private static String text(String input, int max, Pattern allowed, String field) {
    String tidy = input == null ? "" : SPACES.matcher(input).replaceAll(" ").strip();
    if (tidy.isEmpty()) {
      throw new BankDetailRefused("bank." + field + ".required");
    }
    if (tidy.length() > max) {
      throw new BankDetailRefused("bank." + field + ".tooLong", String.valueOf(max));
    }
    if (!allowed.matcher(tidy).matches()) {
      throw new BankDetailRefused("bank." + field + ".invalid");
    }
    return tidy;
  }

  public String lastName() {
    return lastName;
  }

  public String firstNames() {
    return firstNames;
  }

  /** "DUPONT Martine", as the mandate and the tenant's pages print a name. */
  public String displayName() {
    return lastName.toUpperCase(Locale.FRENCH) + " " + firstNames;
  }

  public Address address() {
    return new Address(street, postalCode, city);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountHolder h
        && lastName.equals(h.lastName)
        && firstNames.equals(h.firstNames)
        && street.equals(h.street)
        && postalCode.equals(h.postalCode)
        && city.equals(h.city);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lastName, firstNames, street, postalCode, city);
  }
}
