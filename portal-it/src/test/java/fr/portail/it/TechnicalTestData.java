package fr.portail.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.imageio.ImageIO;

/**
 * The staff of technical requests for a fixture, made by SQL: the caretaker of the fixture's
 * residence, the agency's technical manager, and a plumbing contractor serving the agency with its
 * staff account. Each fixture has its own numbers, so tests never share data.
 */
public final class TechnicalTestData {

  private TechnicalTestData() {}

  /** What {@link #create} made. */
  public record Staff(
      long residenceId,
      String caretakerEmail,
      long caretakerId,
      String managerEmail,
      long managerId,
      long contractorId,
      String contractorCompanyEmail,
      String contractorEmail,
      long contractorAccountId) {}

  public static Staff create(Connection c, TestData.Fixture fixture) throws SQLException {
    long residenceId = residenceOf(c, fixture);
    String caretaker = "gardien" + fixture.n() + "@test.fr";
    long caretakerId = caretaker(c, fixture, caretaker, "Gardien " + fixture.n(), residenceId);
    String manager = "technique" + fixture.n() + "@test.fr";
    long managerId =
        account(c, manager, "Gestionnaire " + fixture.n(), "TECHNICAL_MANAGER", fixture);
    long contractorId =
        contractor(c, fixture, "Plomberie " + fixture.n(), "plomberie", "PLOMBERIE");
    String contractorAccount = "prestataire" + fixture.n() + "@test.fr";
    long contractorAccountId =
        contractorAccount(c, contractorAccount, "Plombier " + fixture.n(), contractorId);
    return new Staff(
        residenceId,
        caretaker,
        caretakerId,
        manager,
        managerId,
        contractorId,
        "plomberie" + fixture.n() + "@test.fr",
        contractorAccount,
        contractorAccountId);
  }

  /** The residence of the fixture's contract. */
  public static long residenceOf(Connection c, TestData.Fixture fixture) throws SQLException {
    return TestData.count(
        c,
        "select u.residence_id from unit u join contract k on k.unit_id = u.id where k.id = ?",
        fixture.contractId());
  }

  /** Another residence of the fixture's agency, with its own caretaker; returns his e-mail. */
  public static String caretakerOfAnotherResidence(Connection c, TestData.Fixture fixture)
      throws SQLException {
    long residenceId =
        insert(
            c,
            "insert into residence (agency_id, name, street, postal_code, city, caretaker_name,"
                + " caretaker_phone, caretaker_hours) select id, ?, '9 rue Voisine', '78000',"
                + " 'Versailles', 'Mme Voisine', '0601020305', '8h-12h' from agency where code = ?",
            "Résidence voisine " + fixture.n(),
            fixture.agencyCode());
    String email = "gardien.voisin" + fixture.n() + "@test.fr";
    caretaker(c, fixture, email, "Gardien voisin " + fixture.n(), residenceId);
    return email;
  }

  /** Another caretaker of the fixture's residence; returns his e-mail. */
  public static String anotherCaretaker(Connection c, TestData.Fixture fixture, String suffix)
      throws SQLException {
    String email = "gardien" + fixture.n() + suffix + "@test.fr";
    caretaker(c, fixture, email, "Gardien " + fixture.n() + suffix, residenceOf(c, fixture));
    return email;
  }

  /** Another plumbing contractor serving the agency, with a staff account; returns its e-mail. */
  public static String anotherContractor(Connection c, TestData.Fixture fixture)
      throws SQLException {
    long id = contractor(c, fixture, "Autre plomberie " + fixture.n(), "autre", "PLOMBERIE");
    String email = "autre.prestataire" + fixture.n() + "@test.fr";
    contractorAccount(c, email, "Autre plombier " + fixture.n(), id);
    return email;
  }

  /** A real PNG picture of the given size, as a phone would send (decodable). */
  public static byte[] png(int width, int height, Color colour) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.drawLine(0, 0, width - 1, height - 1);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A real one-page PDF (a quote, say), which is not a photo. */
  public static byte[] pdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    com.lowagie.text.Document document = new com.lowagie.text.Document();
    com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
    document.open();
    document.add(new com.lowagie.text.Paragraph("Devis de plomberie"));
    document.close();
    return out.toByteArray();
  }

  private static long caretaker(
      Connection c, TestData.Fixture fixture, String email, String name, long residenceId)
      throws SQLException {
    long id = account(c, email, name, "CARETAKER", fixture);
    update(c, "insert into user_residence (user_id, residence_id) values (?, ?)", id, residenceId);
    return id;
  }

  private static long account(
      Connection c, String email, String name, String role, TestData.Fixture fixture)
      throws SQLException {
    long id =
        insert(
            c,
            "insert into user_account (email, password_hash, display_name, enabled, created_at)"
                + " values (?, ?, ?, true, now())",
            email,
            TestData.hash(TestData.PASSWORD),
            name);
    update(c, "insert into user_role (user_id, role) values (?, ?)", id, role);
    update(
        c,
        "insert into user_agency (user_id, agency_id) select ?, id from agency where code = ?",
        id,
        fixture.agencyCode());
    return id;
  }

  private static long contractor(
      Connection c, TestData.Fixture fixture, String name, String mailbox, String trade)
      throws SQLException {
    long id =
        insert(
            c,
            "insert into contractor (company_name, siret, phone, email, active) values (?, ?,"
                + " '0139512030', ?, true)",
            name,
            siret(c),
            mailbox + fixture.n() + "@test.fr");
    update(c, "insert into contractor_trade (contractor_id, trade) values (?, ?)", id, trade);
    update(
        c,
        "insert into contractor_agency (contractor_id, agency_id) select ?, id from agency where"
            + " code = ?",
        id,
        fixture.agencyCode());
    return id;
  }

  /** A contractor's staff account: no agency, its company only. */
  private static long contractorAccount(Connection c, String email, String name, long contractorId)
      throws SQLException {
    long id =
        insert(
            c,
            "insert into user_account (email, password_hash, display_name, enabled, created_at,"
                + " contractor_id) values (?, ?, ?, true, now(), ?)",
            email,
            TestData.hash(TestData.PASSWORD),
            name,
            contractorId);
    update(c, "insert into user_role (user_id, role) values (?, 'CONTRACTOR')", id);
    return id;
  }

  /** A SIRET of the test range with its Luhn key, unique in the test database. */
  private static String siret(Connection c) throws SQLException {
    long n = TestData.count(c, "select nextval('it_fixture_seq')");
    String stem = String.format("9%012d", n);
    for (int key = 0; key < 10; key++) {
      String candidate = stem + key;
      if (luhn(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no Luhn key for " + stem);
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  private static long insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }
}
