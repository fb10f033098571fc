package fr.portail.infrastructure.upload;

import com.lowagie.text.exceptions.BadPasswordException;
import com.lowagie.text.pdf.PdfReader;
import fr.portail.domain.shared.FileType;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.UploadedFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;

/**
 * Recognises a sent file as PDF, JPEG or PNG from its bytes and checks that it opens as such; the
 * name and the type the browser announced are never trusted.
 */
@ApplicationScoped
public class ContentInspector {

  /** Beyond this many pixels an image is refused before it is decoded (memory). */
  static final long MAX_PIXELS = 100_000_000L;

  private final Tika tika = new Tika();

  /** The checked file, or {@link InvalidValueException} with the reason's message key. */
  public UploadedFile inspect(String name, byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidValueException("upload.empty", "0");
    }
    if (content.length > UploadedFile.MAX_BYTES) {
      throw new InvalidValueException("upload.tooLarge", String.valueOf(content.length));
    }
    FileType type = recognise(content);
    if (type == FileType.PDF) {
      checkPdf(content);
    } else {
      checkImage(content);
    }
    return new UploadedFile(name, type, content);
  }

  FileType recognise(byte[] content) {
    String detected = tika.detect(content);
    return switch (detected) {
      case "application/pdf" -> FileType.PDF;
      case "image/jpeg" -> FileType.JPEG;
      case "image/png" -> FileType.PNG;
      default -> throw new InvalidValueException("upload.type.invalid", detected);
    };
  }

  private static void checkPdf(byte[] content) {
    PdfReader reader = null;
    try {
      reader = new PdfReader(content);
      if (reader.getNumberOfPages() < 1) {
        throw new InvalidValueException("upload.unreadable", "no page");
      }
    } catch (BadPasswordException e) {
      throw new InvalidValueException("upload.pdf.protected", e.getMessage());
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidValueException refused) {
        throw refused;
      }
      throw new InvalidValueException("upload.unreadable", String.valueOf(e.getMessage()));
    } finally {
      if (reader != null) {
        reader.close();
      }
    }
  }

  private static void checkImage(byte[] content) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new InvalidValueException("upload.unreadable", "no decoder");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels <= 0 || pixels > MAX_PIXELS) {
          throw new InvalidValueException("upload.unreadable", pixels + " pixels");
        }
        // Decoding one pixel in 16 in each direction proves the data is an image, in little memory.
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(16, 16, 0, 0);
        reader.read(0, param);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidValueException refused) {
        throw refused;
      }
      throw new InvalidValueException("upload.unreadable", String.valueOf(e.getMessage()));
    }
  }
}
