package fr.portail.domain.shared;

/** The kinds of file a tenant or a member of staff may send, as recognised from their content. */
public enum FileType {
  PDF("application/pdf", "pdf"),
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png");

  private final String contentType;
  private final String extension;

  FileType(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  public boolean isImage() {
    return this != PDF;
  }

  /** The type of a stored content type; unknown ones are refused. */
  public static FileType ofContentType(String contentType) {
    for (FileType type : values()) {
      if (type.contentType.equals(contentType)) {
        return type;
      }
    }
    throw new InvalidValueException("upload.type.invalid", String.valueOf(contentType));
  }
}
