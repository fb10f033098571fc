package fr.portail.domain.model.technical;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.shared.Checks;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A complement of information the tenant added to his technical request: a text, photos, or both,
 * with its time and author. Kept on the report first, whether or not the process listens.
 */
@Entity
@Table(name = "technical_complement")
public class Complement {

  public static final int TEXT_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "report_id", nullable = false)
  private TechnicalReport report;

  @Column(name = "text", length = TEXT_MAX)
  private String text;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "author_id")
  private UserAccount author;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @ManyToMany
  @JoinTable(
      name = "technical_complement_photo",
      joinColumns = @JoinColumn(name = "complement_id"),
      inverseJoinColumns = @JoinColumn(name = "document_id"))
  @OrderBy("uploadedAt, id")
  private List<RequestDocument> photos = new ArrayList<>();

  protected Complement() {}

  Complement(TechnicalReport report, String text, UserAccount author, Instant addedAt) {
    this.report = report;
    this.text =
        text == null || text.isBlank()
            ? null
            : Checks.requireText(text, TEXT_MAX, "technical.complement.invalid");
    this.author = author;
    this.addedAt = addedAt;
  }

  void attach(RequestDocument photo) {
    photos.add(photo);
  }

  public Long id() {
    return id;
  }

  public TechnicalReport report() {
    return report;
  }

  /** The text, or null when the complement is only photos. */
  public String text() {
    return text;
  }

  public UserAccount author() {
    return author;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public List<RequestDocument> photos() {
    return Collections.unmodifiableList(photos);
  }
}
