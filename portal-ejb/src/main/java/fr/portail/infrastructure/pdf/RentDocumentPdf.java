package fr.portail.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a contract's monthly documents as PDF: the rent notice (what is due, by when) and the
 * receipt (what was paid for the month; loi 89-462 art. 21: free, and by e-mail only with consent).
 */
@ApplicationScoped
public class RentDocumentPdf {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 11);
  private static final Font BOLD = new Font(Font.HELVETICA, 11, Font.BOLD);

  /** The avis d'échéance of a month: the amount called and the date it is due. */
  public byte[] rentNotice(Contract contract, YearMonth month, Money amount, LocalDate dueOn) {
    return render(
        contract,
        "Avis d'échéance — " + MONTH.format(month),
        new String[][] {
          {"Loyer et charges de " + MONTH.format(month), euros(amount)},
          {"À régler au plus tard le", DAY.format(dueOn)}
        },
        contract.directDebitDay() == null
            ? "Vous pouvez régler par virement, en ligne sur votre espace locataire ou à votre"
                + " agence."
            : "Ce montant sera prélevé le "
                + contract.directDebitDay()
                + " du mois sur votre compte bancaire.");
  }

  /** The quittance of a fully paid month. */
  public byte[] receipt(Contract contract, YearMonth month, Money amount, LocalDate paidOn) {
    return render(
        contract,
        "Quittance de loyer — " + MONTH.format(month),
        new String[][] {
          {"Loyer et charges de " + MONTH.format(month), euros(amount)},
          {"Payé le", DAY.format(paidOn)}
        },
        "Le bailleur reconnaît avoir reçu de "
            + signatories(contract)
            + " la somme de "
            + euros(amount)
            + " au titre du loyer et des charges de "
            + MONTH.format(month)
            + ", et lui en donne quittance, sous réserve de tous ses droits.");
  }

  private byte[] render(Contract contract, String title, String[][] lines, String closing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title);
      document.open();
      document.add(header(contract));
      Paragraph heading = new Paragraph(title, TITLE);
      heading.setSpacingBefore(24);
      heading.setSpacingAfter(12);
      document.add(heading);
      document.add(new Paragraph("Dossier n° " + contract.fileNumber().value(), BOLD));
      document.add(new Paragraph(signatories(contract), BODY));
      document.add(
          new Paragraph(
              contract.unit().address().street()
                  + ", "
                  + contract.unit().address().postalCode()
                  + " "
                  + contract.unit().address().city(),
              BODY));
      PdfPTable table = new PdfPTable(new float[] {3, 1});
      table.setWidthPercentage(100);
      table.setSpacingBefore(18);
      table.setSpacingAfter(18);
      for (String[] line : lines) {
        table.addCell(new PdfPCell(new Paragraph(line[0], BODY)));
        PdfPCell value = new PdfPCell(new Paragraph(line[1], BOLD));
        value.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(value);
      }
      document.add(table);
      document.add(new Paragraph(closing, BODY));
    } catch (DocumentException e) {
      throw new IllegalStateException("PDF " + title, e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  /**
   * The agency on the left; on the right, framed, the client reference the tenant types to open his
   * account (the sign-up page's help picture shows this frame).
   */
  private static PdfPTable header(Contract contract) {
    Agency agency = contract.agency();
    PdfPTable header = new PdfPTable(new float[] {3, 2});
    header.setWidthPercentage(100);
    PdfPCell left = new PdfPCell();
    left.setBorder(Rectangle.NO_BORDER);
    left.addElement(new Paragraph(agency.name(), BOLD));
    left.addElement(
        new Paragraph(
            agency.address().street()
                + ", "
                + agency.address().postalCode()
                + " "
                + agency.address().city(),
            BODY));
    header.addCell(left);
    PdfPCell reference = new PdfPCell();
    reference.setBorderWidth(1.5f);
    reference.setPadding(8);
    reference.addElement(new Paragraph("Référence client", BODY));
    reference.addElement(new Paragraph(contract.clientReference().value(), TITLE));
    header.addCell(reference);
    return header;
  }

  private static String signatories(Contract contract) {
    return contract.signatories().stream()
        .map(Person::displayName)
        .collect(Collectors.joining(" et "));
  }

  private static String euros(Money amount) {
    return NumberFormat.getCurrencyInstance(Locale.FRANCE)
        .format(amount.amount())
        .replace('\u202f', ' ')
        .replace('\u00a0', ' ');
  }
}
