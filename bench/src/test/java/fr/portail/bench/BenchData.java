package fr.portail.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The benchmark's landlord, created through SQL in a few set-based statements (reference data and
 * accounts only: every request, process and task is made by the application): agencies with
 * residences, units and contracts, one signatory per contract with a tenant account, and customer
 * officers. Same idea as the integration tests' TestData, at scale.
 */
final class BenchData {

  /** The password of every benchmark account. */
  static final String PASSWORD = "Mesure-Portail-2026";

  /** Prefix of the agencies the inbox load spreads over. */
  static final String LOAD_AGENCIES = "BL";

  /** The agency of the tenants who submit in the throughput measure. */
  static final String SUBMISSION_AGENCY = "BS01";

  /** Common French surnames: a tenant search for one finds about 1 task in 50. */
  static final String[] SURNAMES = {
    "Martin",
    "Bernard",
    "Thomas",
    "Petit",
    "Robert",
    "Richard",
    "Durand",
    "Dubois",
    "Moreau",
    "Laurent",
    "Simon",
    "Michel",
    "Lefebvre",
    "Leroy",
    "Roux",
    "David",
    "Bertrand",
    "Morel",
    "Fournier",
    "Girard",
    "Bonnet",
    "Dupont",
    "Lambert",
    "Fontaine",
    "Rousseau",
    "Vincent",
    "Muller",
    "Faure",
    "Andre",
    "Mercier",
    "Blanc",
    "Guerin",
    "Boyer",
    "Garnier",
    "Chevalier",
    "Francois",
    "Legrand",
    "Gauthier",
    "Garcia",
    "Perrin",
    "Robin",
    "Clement",
    "Morin",
    "Nicolas",
    "Henry",
    "Roussel",
    "Mathieu",
    "Masson",
    "Marchand",
    "Duval"
  };

  private static final String[] FIRST_NAMES = {
    "Alice", "Bruno", "Camille", "Denis", "Emma", "Fabien", "Gaëlle", "Hugo", "Inès", "Julien",
    "Karima", "Louis", "Manon", "Nathan", "Océane", "Paul", "Rania", "Samuel", "Tiphaine", "Yanis"
  };

  private BenchData() {}

  /** A tenant who can log in, with his contract. */
  record Tenant(String email, long accountId, long contractId) {}

  /**
   * Agencies {@code BL00…}, each with residences of contracts signed by one tenant with an account;
   * returns the number of contracts.
   */
  static int landlord(
      Connection c, int agencies, int residencesPerAgency, int contractsPerResidence)
      throws SQLException {
    agencies(c, LOAD_AGENCIES, 0, agencies - 1, residencesPerAgency);
    return households(c, LOAD_AGENCIES, contractsPerResidence, "8");
  }

  /** The throughput measure's tenants: one agency, one residence, one contract each. */
  static List<Tenant> submitters(Connection c, int tenants) throws SQLException {
    agencies(c, "BS", 1, 1, 1);
    households(c, "BS", tenants, "7");
    List<Tenant> result = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select ua.email, ua.id, o.contract_id from user_account ua"
                + " join occupant o on o.person_id = ua.person_id"
                + " join contract ct on ct.id = o.contract_id"
                + " where ct.file_number like '7%' order by ct.id")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(new Tenant(rs.getString(1), rs.getLong(2), rs.getLong(3)));
        }
      }
    }
    return result;
  }

  /** A customer officer of the agencies whose codes start with the prefix (or are equal to it). */
  static String officer(Connection c, String email, String name, String agencyCodePattern)
      throws SQLException {
    long id =
        insertReturningId(
            c,
            "insert into user_account (email, password_hash, display_name, enabled, created_at)"
                + " values (?, ?, ?, true, now()) returning id",
            email,
            hash(PASSWORD),
            name);
    update(c, "insert into user_role (user_id, role) values (?, 'CUSTOMER_OFFICER')", id);
    update(
        c,
        "insert into user_agency (user_id, agency_id) select ?, id from agency where code like ?",
        id,
        agencyCodePattern);
    return email;
  }

  /** Agencies prefix + two digits, from first to last, each with its residences. */
  private static void agencies(Connection c, String prefix, int first, int last, int residences)
      throws SQLException {
    update(
        c,
        "insert into agency (code, name, street, postal_code, city, phone, on_call_phone,"
            + " opening_hours) select ? || lpad(a::text, 2, '0'), 'Agence de mesure ' || a,"
            + " '1 rue de la Mesure', '78000', 'Versailles', '0139000000', '0472834153',"
            + " 'Du lundi au vendredi 9h-17h' from generate_series(?, ?) a",
        prefix,
        first,
        last);
    update(
        c,
        "insert into residence (agency_id, name, street, postal_code, city, caretaker_name,"
            + " caretaker_phone, caretaker_hours) select ag.id, 'Résidence ' || ag.code || '-' ||"
            + " r, r || ' allée des Tilleuls', '78000', 'Versailles', 'M. Gardien',"
            + " '0601020304', '8h-12h' from agency ag, generate_series(1, ?) r"
            + " where ag.code like ? order by ag.code, r",
        residences,
        prefix + "%");
  }

  /**
   * Units, contracts, signatories and their tenant accounts for every residence of the agencies
   * with the prefix; file numbers start with the given digit. Returns the number of contracts.
   */
  private static int households(Connection c, String prefix, int perResidence, String digit)
      throws SQLException {
    update(
        c,
        "insert into unit (residence_id, reference, kind, street, postal_code, city, location)"
            + " select r.id, ? || r.id || '-' || u, 'LOGEMENT', u || ' rue des Mesures', '78000',"
            + " 'Versailles', 'Bât. A' from residence r join agency a on a.id = r.agency_id,"
            + " generate_series(1, ?) u where a.code like ? order by r.id, u",
        prefix + "-",
        perResidence,
        prefix + "%");
    int contracts =
        update(
            c,
            "insert into contract (file_number, client_reference, kind, status, unit_id,"
                + " start_date, direct_debit_day) select ? || lpad(u.id::text, 9, '0'), 'TG' || ?"
                + " || lpad(u.id::text, 7, '0'), 'LOGEMENT', 'ACTIVE', u.id, date '2020-01-01', 5"
                + " from unit u where u.reference like ? order by u.id",
            digit,
            digit,
            prefix + "-%");
    // One signatory per contract, told apart by his contact e-mail, which his account reuses.
    update(
        c,
        "insert into person (civility, last_name, first_name, birth_date, contact_email) select"
            + " 'MME', (?::text[])[1 + (ct.id % ?)], (?::text[])[1 + ((ct.id / ?) % ?)],"
            + " date '1960-01-01' + (ct.id % 15000)::int, 'locataire' || ct.id || '@mesure.fr'"
            + " from contract ct where ct.file_number like ? order by ct.id",
        c.createArrayOf("text", SURNAMES),
        SURNAMES.length,
        c.createArrayOf("text", FIRST_NAMES),
        SURNAMES.length,
        FIRST_NAMES.length,
        digit + "%");
    update(
        c,
        "insert into occupant (contract_id, person_id, relationship, signatory) select ct.id,"
            + " p.id, null, true from contract ct join person p on p.contact_email ="
            + " 'locataire' || ct.id || '@mesure.fr' where ct.file_number like ?",
        digit + "%");
    update(
        c,
        "insert into user_account (email, password_hash, display_name, enabled, person_id,"
            + " created_at) select p.contact_email, ?, upper(p.last_name) || ' ' || p.first_name,"
            + " true, p.id, now() from person p join occupant o on o.person_id = p.id"
            + " join contract ct on ct.id = o.contract_id where ct.file_number like ?"
            + " order by ct.id",
        hash(PASSWORD),
        digit + "%");
    update(
        c,
        "insert into user_role (user_id, role) select ua.id, 'TENANT' from user_account ua"
            + " join occupant o on o.person_id = ua.person_id join contract ct on ct.id ="
            + " o.contract_id where ct.file_number like ?",
        digit + "%");
    return contracts;
  }

  /** Runs ANALYZE on the whole database, as after any bulk load. */
  static void analyze(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("analyze");
    }
  }

  static long count(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * A hash in the container's Pbkdf2PasswordHash format (algorithm:iterations:salt:hash), with few
   * iterations: verification reads them from the stored hash.
   */
  private static String hash(String password) {
    byte[] salt = "sel-de-mesure-32-octets-pour-lot".getBytes(StandardCharsets.UTF_8);
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

  private static long insertReturningId(Connection c, String sql, Object... args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }
}
