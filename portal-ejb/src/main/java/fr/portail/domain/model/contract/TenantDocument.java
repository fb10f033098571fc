package fr.portail.domain.model.contract;

import fr.portail.domain.shared.InvalidValueException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;

/** A PDF of a contract for one month (rent notice or receipt), stored with its checksum. */
@Entity
@Table(name = "tenant_document")
@NamedQuery(
    name = "TenantDocument.listByContract",
    query =
        "select d.id, d.kind, d.period from TenantDocument d where d.contract.id = :contractId"
            + " order by d.period desc, d.kind")
public class TenantDocument {

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private DocumentKind kind;

  @Column(name = "period", nullable = false)
  private LocalDate period;

  @Column(name = "content_type", nullable = false, length = 60)
  private String contentType;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TenantDocument() {}

  /** A PDF document; refused unless the content really is a PDF. */
  public TenantDocument(
      Contract contract, DocumentKind kind, YearMonth month, byte[] pdf, Instant createdAt) {
    if (pdf == null || pdf.length < PDF_MAGIC.length || !startsWithMagic(pdf)) {
      throw new InvalidValueException("document.notPdf", String.valueOf(kind));
    }
    this.contract = contract;
    this.kind = kind;
    this.period = month.atDay(1);
    this.contentType = "application/pdf";
    this.content = pdf.clone();
    this.sha256 = sha256(pdf);
    this.createdAt = createdAt;
  }

  private static boolean startsWithMagic(byte[] pdf) {
    for (int i = 0; i < PDF_MAGIC.length; i++) {
      if (pdf[i] != PDF_MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Long id() {
    return id;
  }

  public Contract contract() {
    return contract;
  }

  public DocumentKind kind() {
    return kind;
  }

  public YearMonth month() {
    return YearMonth.from(period);
  }

  public String contentType() {
    return contentType;
  }

  public byte[] content() {
    return content.clone();
  }

  public String sha256() {
    return sha256;
  }

  /** A file name made from the data, never from anything a user typed. */
  public String fileName() {
    String prefix = kind == DocumentKind.RECEIPT ? "quittance" : "avis-echeance";
    return prefix + "-" + contract.fileNumber().value() + "-" + month() + ".pdf";
  }
}
