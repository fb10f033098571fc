package fr.portail.interfaces.staff.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as a CSV file that French Excel opens as it is: UTF-8 with a byte order mark, ';' between
 * cells, CRLF between rows, a cell quoted when it holds ';', a quote or a line break (quotes
 * doubled), so a tenant's text comes back whole. A cell a spreadsheet would take for a formula
 * (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe, so a text
 * never runs as one (CSV injection).
 */
public final class CsvExport {

  /** The format of the files, to read them back too. */
  public static final CSVFormat FORMAT =
      CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

  public static final char BOM = '\uFEFF';

  private CsvExport() {}

  public static byte[] write(List<String> header, List<List<String>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      out.write(BOM);
      printer.printRecord(header.stream().map(CsvExport::neutralised).toList());
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(CsvExport::neutralised).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The cell as a spreadsheet will show it without evaluating it; null is an empty cell. */
  static String neutralised(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + cell : cell;
  }
}
