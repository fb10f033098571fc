package fr.portail.infrastructure.pdf;

import static fr.portail.domain.DomainFixtures.contract;
import static fr.portail.domain.DomainFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.DocumentKind;
import fr.portail.domain.model.contract.TenantDocument;
import fr.portail.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Reads the generated PDFs back: the text a tenant reads must be there. */
class RentDocumentPdfTest {

  private final RentDocumentPdf pdf = new RentDocumentPdf();

  @Test
  void aReceiptNamesTheSignatoriesTheAmountAndTheMonth() throws Exception {
    Contract contract = contract();
    contract.addOccupant(person("Dupont", "Martine"), null, true);

    byte[] receipt =
        pdf.receipt(
            contract, YearMonth.of(2026, 3), Money.euros("512.34"), LocalDate.of(2026, 3, 6));

    String text = text(receipt);
    assertThat(text)
        .contains("Quittance de loyer — mars 2026")
        .contains("Dossier n° " + contract.fileNumber().value())
        .contains("DUPONT Martine")
        .contains("512,34 €")
        .contains("06/03/2026");
    assertThat(
            new TenantDocument(
                    contract, DocumentKind.RECEIPT, YearMonth.of(2026, 3), receipt, Instant.EPOCH)
                .sha256())
        .as("a generated receipt is accepted as a PDF document")
        .hasSize(64);
  }

  @Test
  void aRentNoticeSaysWhatIsDueAndHowItIsPaid() throws Exception {
    Contract contract = contract();
    contract.addOccupant(person("Martin", "Jean"), null, true);
    contract.debitOn(5);

    String text =
        text(
            pdf.rentNotice(
                contract, YearMonth.of(2026, 4), Money.euros("435"), LocalDate.of(2026, 4, 5)));

    assertThat(text)
        .contains("Avis d'échéance — avril 2026", "435,00 €", "05/04/2026", "prélevé le 5")
        .as("the client reference asked at sign-up is printed where the help picture shows it")
        .containsPattern("Référence client\\s+" + contract.clientReference().value());
  }

  private static String text(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    try {
      return new PdfTextExtractor(reader).getTextFromPage(1);
    } finally {
      reader.close();
    }
  }
}
