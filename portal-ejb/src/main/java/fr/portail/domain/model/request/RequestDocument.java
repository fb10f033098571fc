package fr.portail.domain.model.request;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.shared.FileType;
import fr.portail.domain.shared.UploadedFile;
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
import java.time.Instant;

/** A file joined to a request, stored with its checksum; its content is read only to be sent. */
@Entity
@Table(name = "request_document")
@NamedQuery(
    name = "RequestDocument.findByRequest",
    query =
        "select d.id, d.kind, d.fileName, d.contentType, d.sizeBytes, d.uploadedAt, u.id"
            + " from RequestDocument d left join d.uploadedBy u where d.request.id = :requestId"
            + " order by d.uploadedAt, d.id")
public class RequestDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id", nullable = false)
  private TenantRequest request;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private AttachmentKind kind;

  @Column(name = "file_name", nullable = false, length = UploadedFile.NAME_MAX)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 30)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "uploaded_by")
  private UserAccount uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected RequestDocument() {}

  public RequestDocument(
      TenantRequest request,
      AttachmentKind kind,
      UploadedFile file,
      UserAccount uploadedBy,
      Instant uploadedAt) {
    if (request == null || kind == null || file == null || uploadedAt == null) {
      throw new IllegalArgumentException("request, kind, file and time expected");
    }
    this.request = request;
    this.kind = kind;
    this.fileName = file.name();
    this.contentType = file.type().contentType();
    this.sizeBytes = file.size();
    this.sha256 = file.sha256();
    this.content = file.content();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long id() {
    return id;
  }

  public TenantRequest request() {
    return request;
  }

  public AttachmentKind kind() {
    return kind;
  }

  public String fileName() {
    return fileName;
  }

  public FileType type() {
    return FileType.ofContentType(contentType);
  }

  public int sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content.clone();
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  /** A document's listing row, without its content. */
  public record Entry(
      Long id,
      AttachmentKind kind,
      String fileName,
      String contentType,
      int sizeBytes,
      Instant uploadedAt,
      Long uploadedBy) {}
}
