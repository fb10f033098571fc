package fr.portail.it;

import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Creates, through plain SQL, what a test needs: an agency with a residence and a unit, a contract
 * signed by one tenant who has an account, and a customer officer of that agency. Each fixture has
 * its own numbers (from a sequence of the test database), so tests never share data.
 */
public final class TestData {

  /** The password of every test account. */
  public static final String PASSWORD = "Essai-Portail-2026";

  private TestData() {}

  /** What one fixture created. */
  public record Fixture(
      long n,
      String agencyCode,
      long contractId,
      String fileNumber,
      String tenantEmail,
      long tenantId,
      String tenantName,
      String officerEmail,
      long officerId) {}

  public static Fixture create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("create sequence if not exists it_fixture_seq");
    }
    long n = single(c, "select nextval('it_fixture_seq')");
    String agency = "IT" + n;
    long agencyId =
        insert(
            c,
            "insert into agency (code, name, street, postal_code, city, phone, on_call_phone,"
                + " opening_hours) values (?, ?, '1 rue du Test', '78000', 'Versailles',"
                + " '0139000000', '0472834153', 'Du lundi au vendredi 9h-17h')",
            agency,
            "Agence de test " + n);
    long residenceId =
        insert(
            c,
            "insert into residence (agency_id, name, street, postal_code, city, caretaker_name,"
                + " caretaker_phone, caretaker_hours) values (?, ?, '1 rue du Test', '78000',"
                + " 'Versailles', 'M. Gardien', '0601020304', '8h-12h')",
            agencyId,
            "Résidence " + n);
    long unitId =
        insert(
            c,
            "insert into unit (residence_id, reference, kind, street, postal_code, city, location)"
                + " values (?, ?, 'LOGEMENT', ?, '78000', 'Versailles', 'Bât. A')",
            residenceId,
            "IT-" + n,
            n + " rue des Essais");
    String fileNumber = String.format("9%09d", n);
    long contractId =
        insert(
            c,
            "insert into contract (file_number, client_reference, kind, status, unit_id,"
                + " start_date, direct_debit_day) values (?, ?, 'LOGEMENT', 'ACTIVE', ?,"
                + " date '2020-01-01', 5)",
            fileNumber,
            String.format("TG9%07d", n),
            unitId);
    String lastName = "Testeur" + n;
    long personId =
        insert(
            c,
            "insert into person (civility, last_name, first_name, birth_date) values ('MME', ?,"
                + " 'Alice', date '1980-02-03')",
            lastName);
    update(
        c,
        "insert into occupant (contract_id, person_id, relationship, signatory) values (?, ?,"
            + " null, true)",
        contractId,
        personId);
    update(
        c,
        "insert into ledger_entry (contract_id, entry_date, kind, label, amount) values (?, date"
            + " '2026-01-01', 'RENT_CALL', 'Avis d''échéance', 512.34)",
        contractId);
    String tenantEmail = "locataire" + n + "@test.fr";
    String tenantName = lastName.toUpperCase() + " Alice";
    long tenantId = account(c, tenantEmail, tenantName, personId, "TENANT");
    String officerEmail = "conseiller" + n + "@test.fr";
    long officerId = account(c, officerEmail, "Conseiller " + n, null, "CUSTOMER_OFFICER");
    update(c, "insert into user_agency (user_id, agency_id) values (?, ?)", officerId, agencyId);
    return new Fixture(
        n,
        agency,
        contractId,
        fileNumber,
        tenantEmail,
        tenantId,
        tenantName,
        officerEmail,
        officerId);
  }

  /** Another customer officer of the fixture's agency; returns his e-mail. */
  public static String addOfficer(Connection c, Fixture fixture, String suffix)
      throws SQLException {
    String email = "conseiller" + fixture.n() + suffix + "@test.fr";
    long id = account(c, email, "Conseiller " + fixture.n() + suffix, null, "CUSTOMER_OFFICER");
    update(
        c,
        "insert into user_agency (user_id, agency_id) select ?, id from agency where code = ?",
        id,
        fixture.agencyCode());
    return email;
  }

  /** Another tenant (with his own contract) in the fixture's residence; returns his e-mail. */
  public static String addTenant(Connection c, Fixture fixture, String lastName)
      throws SQLException {
    long unitId =
        single(
            c,
            "select u.id from unit u join contract k on k.unit_id = u.id where k.id = ?",
            fixture.contractId());
    long residenceId = single(c, "select residence_id from unit where id = ?", unitId);
    long m = single(c, "select nextval('it_fixture_seq')");
    long other =
        insert(
            c,
            "insert into unit (residence_id, reference, kind, street, postal_code, city, location)"
                + " values (?, ?, 'LOGEMENT', '2 rue des Essais', '78000', 'Versailles', 'Bât. B')",
            residenceId,
            "IT-" + m);
    long contractId =
        insert(
            c,
            "insert into contract (file_number, client_reference, kind, status, unit_id,"
                + " start_date, direct_debit_day) values (?, ?, 'LOGEMENT', 'ACTIVE', ?,"
                + " date '2021-01-01', 10)",
            String.format("9%09d", m),
            String.format("TG9%07d", m),
            other);
    long personId =
        insert(
            c,
            "insert into person (civility, last_name, first_name, birth_date) values ('M', ?,"
                + " 'Paul', date '1975-05-06')",
            lastName);
    update(
        c,
        "insert into occupant (contract_id, person_id, relationship, signatory) values (?, ?,"
            + " null, true)",
        contractId,
        personId);
    String email = lastName.toLowerCase() + fixture.n() + "@test.fr";
    account(c, email, lastName.toUpperCase() + " Paul", personId, "TENANT");
    return email;
  }

  /** A file joined to a request, as the upload use case stores it; returns its id. */
  public static long addRequestDocument(
      Connection c, String requestNumber, String kind, String name, String type, byte[] content)
      throws SQLException, java.security.NoSuchAlgorithmException {
    String sha =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    return insert(
        c,
        "insert into request_document (request_id, kind, file_name, content_type, size_bytes,"
            + " sha256, content, uploaded_at) select id, ?, ?, ?, ?, ?, ?, now() from"
            + " tenant_request where number = ?",
        kind,
        name,
        type,
        content.length,
        sha,
        content,
        requestNumber);
  }

  /** A direct debit mandate on the fixture's contract. */
  public static void addMandate(Connection c, Fixture fixture, String iban) throws SQLException {
    update(
        c,
        "insert into direct_debit_mandate (contract_id, reference, iban, bic, bank_name,"
            + " holder_name, effective_from) values (?, ?, ?, 'CEPAFRPP751', 'Caisse d''Épargne',"
            + " ?, date '2020-01-01')",
        fixture.contractId(),
        "RUM-" + fixture.n(),
        iban,
        fixture.tenantName());
  }

  /** A home insurance attestation on the fixture's contract. */
  public static void addInsurance(Connection c, Fixture fixture, String from, String to)
      throws SQLException {
    update(
        c,
        "insert into insurance_certificate (contract_id, insurer, policy_number, valid_from,"
            + " valid_to, recorded_at) values (?, 'MACIF', ?, cast(? as date), cast(? as date),"
            + " now())",
        fixture.contractId(),
        "POL-" + fixture.n(),
        from,
        to);
  }

  /** A PDF document of the fixture's contract; returns its id. */
  public static long addDocument(
      Connection c, Fixture fixture, String kind, String month, byte[] pdf)
      throws SQLException, java.security.NoSuchAlgorithmException {
    String sha =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
    return insert(
        c,
        "insert into tenant_document (contract_id, kind, period, content_type, content, sha256,"
            + " created_at) values (?, ?, cast(? as date), 'application/pdf', ?, ?, now())",
        fixture.contractId(),
        kind,
        month + "-01",
        pdf,
        sha);
  }

  /** A connection to the test database, from the test JVM. */
  public static Connection connect() throws SQLException {
    return java.sql.DriverManager.getConnection(
        System.getProperty("portal.db.url"), "postgres", "");
  }

  public static long count(Connection c, String sql, Object... args) throws SQLException {
    return single(c, sql, args);
  }

  /** A count read on a connection of its own. */
  public static long count(String sql, Object... args) throws SQLException {
    try (Connection c = connect()) {
      return single(c, sql, args);
    }
  }

  private static long account(Connection c, String email, String name, Long personId, String role)
      throws SQLException {
    long id =
        insert(
            c,
            "insert into user_account (email, password_hash, display_name, enabled, person_id,"
                + " created_at) values (?, ?, ?, true, ?, now())",
            email,
            hash(PASSWORD),
            name,
            personId);
    update(c, "insert into user_role (user_id, role) values (?, ?)", id, role);
    return id;
  }

  /**
   * A hash in the container's Pbkdf2PasswordHash format (algorithm:iterations:salt:hash). Test
   * accounts use few iterations: verification reads them from the stored hash.
   */
  static String hash(String password) {
    byte[] salt =
        "sel-de-test-32-octets-pour-essai".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
              .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 1000, 512))
              .getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA512:1000:"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      bind(ps, args);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : -1;
      }
    }
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      ps.executeUpdate();
    }
  }

  private static long single(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }
}
