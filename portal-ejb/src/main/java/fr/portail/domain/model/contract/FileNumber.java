package fr.portail.domain.model.contract;

import fr.portail.domain.shared.Checks;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.regex.Pattern;

/** The numéro de dossier: ten digits, shown on every page of the tenant's file. */
@Embeddable
public class FileNumber implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

  @Column(name = "file_number", nullable = false, unique = true, length = 10)
  private String value;

  protected FileNumber() {}

  public FileNumber(String value) {
    this.value =
        Checks.requirePattern(
            value == null ? null : value.strip(), TEN_DIGITS, "contract.fileNumber.invalid");
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileNumber f && value.equals(f.value);
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
