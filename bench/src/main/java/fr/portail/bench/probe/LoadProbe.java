package fr.portail.bench.probe;

import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestSubmitted;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Fills the inbox with real open tasks: real requests (stored by the request repository) whose
 * processes the workflow module starts on their {@code RequestSubmitted}, in transactions of {@code
 * batch} requests, exactly as a submission does, but without the tenant's security check and
 * without the tenant's e-mail (100 000 e-mails would measure the mail catcher). The engine, its
 * inbox indexer and the portal's tables do the whole of their work.
 *
 * <p>POST {@code /bench/load?agencies=<code prefix>&from=&count=&batch=}: request number {@code k}
 * of the load goes to contract {@code (k / 10) mod n} of the n contracts of those agencies (in id
 * order), so that the tasks spread evenly over agencies, residences and tenants. Answers {@code
 * done=<n>}.
 */
@WebServlet("/bench/load")
@ServletSecurity(@HttpConstraint(rolesAllowed = "CUSTOMER_OFFICER"))
public class LoadProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /**
   * Consecutive requests of one contract: a transaction then reads 50 contracts and tenants rather
   * than 500, which spares most of the lookups; every contract still gets its share.
   */
  private static final int PER_CONTRACT_RUN = 10;

  @Inject private transient RequestRepository requests;
  @Inject private transient ContractRepository contracts;
  @Inject private transient UserAccountRepository accounts;
  @Inject private transient Event<RequestSubmitted> submitted;
  @Resource private transient UserTransaction transaction;

  @Resource(lookup = "java:app/jdbc/portal")
  private transient DataSource dataSource;

  /** A contract and its signatory's account. */
  private record Signed(long contractId, long accountId) {}

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String agencies = request.getParameter("agencies");
    long from = Long.parseLong(request.getParameter("from"));
    int count = Integer.parseInt(request.getParameter("count"));
    int batch = Integer.parseInt(request.getParameter("batch"));
    List<Signed> signed = signedContracts(agencies);
    long k = from;
    long end = from + count;
    while (k < end) {
      long batchEnd = Math.min(end, k + batch);
      submitBatch(signed, k, batchEnd);
      k = batchEnd;
    }
    response.setContentType("text/plain");
    response.getWriter().print("done=" + count);
  }

  private void submitBatch(List<Signed> signed, long from, long to) {
    try {
      transaction.begin();
      try {
        for (long k = from; k < to; k++) {
          Signed s = signed.get((int) ((k / PER_CONTRACT_RUN) % signed.size()));
          TenantRequest r =
              TenantRequest.submit(
                  requests.nextNumber(),
                  contracts.find(s.contractId()).orElseThrow(),
                  accounts.find(s.accountId()).orElseThrow(),
                  RequestType.CONTACT,
                  "Demande de rappel " + k,
                  "Merci de me rappeler au sujet de mon dossier.",
                  Instant.now());
          requests.store(r);
          submitted.fire(r.submittedEvent());
        }
      } catch (RuntimeException e) {
        transaction.rollback();
        throw e;
      }
      transaction.commit();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("load " + from + ".." + to, e);
    }
  }

  private List<Signed> signedContracts(String agencyPrefix) {
    List<Signed> signed = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select c.id, ua.id from contract c join unit u on u.id = c.unit_id"
                    + " join residence r on r.id = u.residence_id"
                    + " join agency a on a.id = r.agency_id"
                    + " join occupant o on o.contract_id = c.id and o.signatory"
                    + " join user_account ua on ua.person_id = o.person_id"
                    + " where a.code like ? order by c.id")) {
      ps.setString(1, agencyPrefix + "%");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          signed.add(new Signed(rs.getLong(1), rs.getLong(2)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("contracts of " + agencyPrefix, e);
    }
    if (signed.isEmpty()) {
      throw new IllegalStateException("no signed contract in agencies " + agencyPrefix + "*");
    }
    return signed;
  }
}
