package fr.portail.interfaces.web;

import fr.portail.application.FileUpload;
import fr.portail.domain.shared.UploadedFile;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a form's file (h:inputFile) into what the use cases take. At most one byte more than the
 * limit is read: a larger file is known to be too large without loading it.
 */
public final class FileParts {

  private FileParts() {}

  /** The file sent in the part; null when the field was left empty. */
  public static FileUpload read(Part part) {
    if (part == null || part.getSize() == 0) {
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return new FileUpload(part.getSubmittedFileName(), in.readNBytes(UploadedFile.MAX_BYTES + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
