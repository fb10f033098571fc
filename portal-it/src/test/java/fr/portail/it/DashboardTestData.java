package fr.portail.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * What the dashboard tests need beside {@link TestData}'s fixture and {@link TechnicalTestData}'s
 * staff, made by SQL: another residence with a contract, and technical requests at chosen dates and
 * steps (the figures' input, as the technical process leaves it).
 */
final class DashboardTestData {

  private DashboardTestData() {}

  /** A technical request as the dashboard reads it. */
  record Request(
      long contractId,
      long residenceId,
      String category,
      String urgency,
      Instant submittedAt,
      String status,
      String resolution,
      Instant closedAt,
      boolean deadlineMissed,
      Integer rating) {

    static Request open(
        long contractId,
        long residenceId,
        String category,
        String urgency,
        Instant submittedAt,
        String status,
        boolean late) {
      return new Request(
          contractId, residenceId, category, urgency, submittedAt, status, null, null, late, null);
    }

    static Request closed(
        long contractId,
        long residenceId,
        String category,
        Instant submittedAt,
        String resolution,
        Instant closedAt,
        boolean late,
        Integer rating) {
      return new Request(
          contractId,
          residenceId,
          category,
          "NORMAL",
          submittedAt,
          "CLOSED",
          resolution,
          closedAt,
          late,
          rating);
    }
  }

  static long residenceOf(Connection c, long contractId) throws SQLException {
    return TestData.count(
        c,
        "select u.residence_id from unit u join contract k on k.unit_id = u.id where k.id = ?",
        contractId);
  }

  /** Another residence of the fixture's agency with one active contract; returns the contract. */
  static long contractInNewResidence(Connection c, TestData.Fixture fixture, String name)
      throws SQLException {
    long residenceId =
        insert(
            c,
            "insert into residence (agency_id, name, street, postal_code, city, caretaker_name,"
                + " caretaker_phone, caretaker_hours) select id, ?, '3 allée des Acacias',"
                + " '78000', 'Versailles', 'Mme Acacia', '0601020306', '8h-12h' from agency where"
                + " code = ?",
            name,
            fixture.agencyCode());
    long m = TestData.count(c, "select nextval('it_fixture_seq')");
    long unitId =
        insert(
            c,
            "insert into unit (residence_id, reference, kind, street, postal_code, city, location)"
                + " values (?, ?, 'LOGEMENT', '3 allée des Acacias', '78000', 'Versailles',"
                + " 'Bât. C')",
            residenceId,
            "IT-" + m);
    return insert(
        c,
        "insert into contract (file_number, client_reference, kind, status, unit_id, start_date,"
            + " direct_debit_day) values (?, ?, 'LOGEMENT', 'ACTIVE', ?, date '2022-01-01', 5)",
        String.format("9%09d", m),
        String.format("TG9%07d", m),
        unitId);
  }

  /** Stores the request, its report and its deadline miss if any; returns its number. */
  static String store(Connection c, Request r) throws SQLException {
    String number = "D" + TestData.count(c, "select nextval('it_fixture_seq')");
    long requestId =
        insert(
            c,
            "insert into tenant_request (number, contract_id, type, status, resolution, subject,"
                + " message, outcome, submitted_at, closed_at) values (?, ?, 'TECHNICAL', ?, ?,"
                + " 'Demande technique', null, ?, ?, ?)",
            number,
            r.contractId(),
            r.status(),
            r.resolution(),
            r.resolution() == null ? null : "Réparation faite.",
            Timestamp.from(r.submittedAt()),
            r.closedAt() == null ? null : Timestamp.from(r.closedAt()));
    String area =
        r.category().startsWith("COMMUNS")
            ? "PARTIES_COMMUNES"
            : r.category().startsWith("PARKING") ? "GARAGE_PARKING" : "LOGEMENT";
    long reportId =
        insert(
            c,
            "insert into technical_report (request_id, residence_id, area, category, trade,"
                + " place, description, urgency, contact_phone, deadline_missed, rating,"
                + " rating_comment, rated_at) values (?, ?, ?, ?, 'MULTISERVICE', 'Cuisine',"
                + " 'Fuite; \"sous\" l''évier', ?, '0612345678', ?, ?, ?, ?)",
            requestId,
            r.residenceId(),
            area,
            r.category(),
            r.urgency(),
            r.deadlineMissed(),
            r.rating(),
            r.rating() == null ? null : "Merci",
            r.rating() == null ? null : Timestamp.from(r.closedAt()));
    if (r.deadlineMissed()) {
      update(
          c,
          "insert into technical_deadline_miss (report_id, step_key, due_at, detected_at)"
              + " values (?, 'caretakerTriageTask', ?, ?)",
          reportId,
          Timestamp.from(r.submittedAt().plusSeconds(86_400)),
          Timestamp.from(r.submittedAt().plusSeconds(86_400)));
    }
    return number;
  }

  private static long insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      bind(ps, args);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }
}
