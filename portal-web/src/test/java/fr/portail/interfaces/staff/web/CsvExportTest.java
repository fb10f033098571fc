package fr.portail.interfaces.staff.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

  private static final List<String> HEADER = List.of("Numéro", "Résidence", "Note");

  private static List<CSVRecord> readBack(byte[] file) throws IOException {
    String text = new String(file, StandardCharsets.UTF_8);
    assertThat(text.charAt(0)).isEqualTo(CsvExport.BOM);
    try (CSVParser parser =
        CSVParser.parse(new StringReader(text.substring(1)), CsvExport.FORMAT)) {
      return parser.getRecords();
    }
  }

  @Test
  void aFileForFrenchExcelUtf8WithBomSemicolonsAndCrlf() {
    byte[] file = CsvExport.write(HEADER, List.of(List.of("T-1", "Les Tilleuls", "4")));
    assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(file, StandardCharsets.UTF_8))
        .isEqualTo("\uFEFFNuméro;Résidence;Note\r\nT-1;Les Tilleuls;4\r\n");
  }

  @Test
  void semicolonsQuotesAndLineBreaksAreQuotedAndComeBackWhole() throws IOException {
    String awkward = "Fuite; \"grosse\"\nsous l'évier\r\nvite";
    byte[] file = CsvExport.write(HEADER, List.of(List.of("T-2", awkward, "")));
    assertThat(new String(file, StandardCharsets.UTF_8))
        .contains("\"Fuite; \"\"grosse\"\"\nsous l'évier\r\nvite\"");
    List<CSVRecord> records = readBack(file);
    assertThat(records).hasSize(2);
    assertThat(records.get(1).toList()).containsExactly("T-2", awkward, "");
  }

  @Test
  void cellsASpreadsheetWouldRunAsFormulasArePrefixedWithAnApostrophe() throws IOException {
    List<String> row =
        List.of(
            "=HYPERLINK(\"http://exemple.test\";\"clic\")",
            "+33 6 12",
            "-2+3",
            "@SUM(A1)",
            "\tonglet",
            "\rretour",
            "sans danger = ici",
            "");
    List<CSVRecord> records =
        readBack(CsvExport.write(List.of("a", "b", "c", "d", "e", "f", "g", "h"), List.of(row)));
    assertThat(records.get(1).toList())
        .containsExactly(
            "'=HYPERLINK(\"http://exemple.test\";\"clic\")",
            "'+33 6 12",
            "'-2+3",
            "'@SUM(A1)",
            "'\tonglet",
            "'\rretour",
            "sans danger = ici",
            "");
  }

  @Test
  void aMissingValueIsAnEmptyCell() {
    assertThat(CsvExport.neutralised(null)).isEmpty();
    assertThat(CsvExport.neutralised("Oui")).isEqualTo("Oui");
  }
}
