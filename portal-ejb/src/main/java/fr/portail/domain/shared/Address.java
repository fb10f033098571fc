package fr.portail.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/** A French postal address: street line, postal code (5 digits) and city. */
@Embeddable
public class Address implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

  @Column(name = "street", nullable = false, length = 200)
  private String street;

  @Column(name = "postal_code", nullable = false, length = 5)
  private String postalCode;

  @Column(name = "city", nullable = false, length = 100)
  private String city;

  protected Address() {}

  public Address(String street, String postalCode, String city) {
    this.street = Checks.requireText(street, 200, "address.street.invalid");
    this.postalCode =
        Checks.requirePattern(
            postalCode == null ? null : postalCode.strip(),
            POSTAL_CODE,
            "address.postalCode.invalid");
    this.city = Checks.requireText(city, 100, "address.city.invalid");
  }

  public String street() {
    return street;
  }

  public String postalCode() {
    return postalCode;
  }

  public String city() {
    return city;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address a
        && street.equals(a.street)
        && postalCode.equals(a.postalCode)
        && city.equals(a.city);
  }

  @Override
  public int hashCode() {
    return Objects.hash(street, postalCode, city);
  }

  @Override
  public String toString() {
    return street + ", " + postalCode + " " + city;
  }
}
