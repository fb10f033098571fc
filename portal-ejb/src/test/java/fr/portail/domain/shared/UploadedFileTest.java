package fr.portail.domain.shared;

import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name a sender gave is only shown: no folder, no quoting, the recognised extension. */
class UploadedFileTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "../../etc/passwd|passwd.pdf",
        "C:\\Users\\moi\\Attestation 2026.PDF|Attestation 2026.pdf",
        "rib\"; filename=evil.html|rib__ filename=evil.pdf",
        "   |document.pdf",
        ".htaccess|htaccess.pdf",
        "attestation.exe|attestation.pdf"
      })
  void theNameIsCleanedAndGetsTheRecognisedExtension(String given, String shown) {
    assertThat(new UploadedFile(given, FileType.PDF, new byte[] {1}).name()).isEqualTo(shown);
  }

  @Test
  void aLongNameIsCutTo120Characters() {
    String shown =
        new UploadedFile("a".repeat(10_000) + ".png", FileType.PNG, new byte[] {1}).name();

    assertThat(shown).hasSize(UploadedFile.NAME_MAX).endsWith(".png");
  }

  @Test
  void theChecksumIsTheSha256OfTheContent() {
    assertThat(new UploadedFile("a", FileType.PNG, "abc".getBytes()).sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void theContentCannotBeChangedFromOutside() {
    byte[] bytes = {1, 2, 3};
    UploadedFile file = new UploadedFile("a", FileType.PNG, bytes);
    bytes[0] = 9;
    file.content()[1] = 9;

    assertThat(file.content()).containsExactly(1, 2, 3);
  }

  @Test
  void emptyOrOversizedContentIsRefused() {
    assertRefused("upload.empty", () -> new UploadedFile("a", FileType.PDF, new byte[0]));
    assertRefused(
        "upload.tooLarge",
        () -> new UploadedFile("a", FileType.PDF, new byte[UploadedFile.MAX_BYTES + 1]));
  }
}
