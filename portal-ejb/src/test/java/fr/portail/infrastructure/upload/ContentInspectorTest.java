package fr.portail.infrastructure.upload;

import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.portail.domain.shared.FileType;
import fr.portail.domain.shared.UploadedFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Files are recognised by what they contain, and must open as such; names are never trusted. */
class ContentInspectorTest {

  private final ContentInspector inspector = new ContentInspector();

  @Test
  void aRealPdfIsAcceptedWhateverItsName() throws Exception {
    UploadedFile file = inspector.inspect("attestation.jpg", pdf());

    assertThat(file.type()).isEqualTo(FileType.PDF);
    assertThat(file.name()).isEqualTo("attestation.pdf");
    assertThat(file.sha256()).hasSize(64);
  }

  @Test
  void realJpegAndPngImagesAreAccepted() throws Exception {
    assertThat(inspector.inspect("photo", image("jpg")).type()).isEqualTo(FileType.JPEG);
    assertThat(inspector.inspect("scan.pdf", image("png")).type()).isEqualTo(FileType.PNG);
  }

  @Test
  void textNamedLikeAPdfIsRefused() {
    assertRefused(
        "upload.type.invalid",
        () ->
            inspector.inspect(
                "attestation.pdf", "Ceci n'est pas un PDF".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void htmlAndSvgAreRefused() {
    assertRefused(
        "upload.type.invalid",
        () ->
            inspector.inspect(
                "rib.png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    assertRefused(
        "upload.type.invalid",
        () ->
            inspector.inspect(
                "rib.png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                    .getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aPdfHeaderFollowedByGarbageIsRefusedAsUnreadable() {
    byte[] fake = "%PDF-1.7\n garbage garbage garbage".getBytes(StandardCharsets.US_ASCII);
    assertRefused("upload.unreadable", () -> inspector.inspect("x.pdf", fake));
  }

  @Test
  void aTruncatedPngIsRefusedAsUnreadable() throws Exception {
    byte[] png = image("png");
    byte[] truncated = Arrays.copyOf(png, 40);
    assertRefused("upload.unreadable", () -> inspector.inspect("x.png", truncated));
  }

  @Test
  void emptyAndOversizedFilesAreRefused() {
    assertRefused("upload.empty", () -> inspector.inspect("x.pdf", new byte[0]));
    assertRefused(
        "upload.tooLarge", () -> inspector.inspect("x.pdf", new byte[UploadedFile.MAX_BYTES + 1]));
  }

  private static byte[] pdf() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph("Attestation d'assurance habitation"));
    document.close();
    return out.toByteArray();
  }

  private static byte[] image(String format) throws IOException {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    image.setRGB(10, 10, 0xff0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }
}
