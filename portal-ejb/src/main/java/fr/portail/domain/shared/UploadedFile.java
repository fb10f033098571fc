package fr.portail.domain.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * A file whose type was recognised from its content: its bytes, their SHA-256, and the name the
 * sender gave it, cleaned to be shown only (never used as a path).
 */
public final class UploadedFile {

  /** 10 MB: what a scan or a phone photo needs, and what the forms announce. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  public static final int NAME_MAX = 120;

  private final String name;
  private final FileType type;
  private final byte[] content;
  private final String sha256;

  public UploadedFile(String name, FileType type, byte[] content) {
    if (type == null) {
      throw new InvalidValueException("upload.type.invalid", "null");
    }
    if (content == null || content.length == 0) {
      throw new InvalidValueException("upload.empty", "0");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidValueException("upload.tooLarge", String.valueOf(content.length));
    }
    this.type = type;
    this.content = content.clone();
    this.sha256 = sha256(this.content);
    this.name = displayName(name, type);
  }

  public String name() {
    return name;
  }

  public FileType type() {
    return type;
  }

  public byte[] content() {
    return content.clone();
  }

  public int size() {
    return content.length;
  }

  public String sha256() {
    return sha256;
  }

  /**
   * The last part of the given name (no folders), without control or quoting characters, at most
   * 120 characters, with the extension of the recognised type.
   */
  static String displayName(String given, FileType type) {
    String base = given == null ? "" : given;
    base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
    base = Normalizer.normalize(base, Normalizer.Form.NFC);
    base = base.replaceAll("[\\p{Cntrl}\"<>|:*?;%]", "_").strip();
    int dot = base.lastIndexOf('.');
    String stem = dot > 0 ? base.substring(0, dot) : base;
    stem = stem.replaceAll("^[.\\s]+", "");
    if (stem.isEmpty()) {
      stem = "document";
    }
    String suffix = "." + type.extension();
    if (stem.length() > NAME_MAX - suffix.length()) {
      stem = stem.substring(0, NAME_MAX - suffix.length()).strip();
    }
    return stem + suffix;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
