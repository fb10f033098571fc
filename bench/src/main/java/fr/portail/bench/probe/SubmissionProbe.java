package fr.portail.bench.probe;

import fr.portail.application.RequestService;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestSubmitted;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.infrastructure.mail.MailSender;
import fr.portail.infrastructure.mail.OutgoingMail;
import fr.portail.workflow.RequestProcessStarter;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.flowable.engine.RuntimeService;

/**
 * Submissions by one logged-in tenant, in a round of concurrent callers: either through the
 * application's service ({@code mode=service}: {@code RequestService.submitContactRequest}, as the
 * tenant's page calls it), or straight to the engine ({@code mode=raw}: the same process started
 * with the same variables, one JTA transaction per start, as the workflow module starts it), or, to
 * show its share, only the e-mail the service sends after its commit ({@code mode=mail}).
 *
 * <p>POST {@code /bench/submissions?mode=&round=&callers=&count=&contract=}; answers {@code
 * start=<ns> end=<ns> done=<n>}, the clock being the server's.
 */
@WebServlet("/bench/submissions")
@ServletSecurity(@HttpConstraint(rolesAllowed = "TENANT"))
public class SubmissionProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Numbers and ids of the raw starts: out of the portal's ranges, never those of a request. */
  private static final AtomicLong RAW = new AtomicLong(900_000_000L);

  @Inject private transient RequestService service;
  @Inject private transient RuntimeService runtime;
  @Inject private transient ContractRepository contracts;
  @Inject private transient UserAccountRepository accounts;
  @Inject private transient MailSender mailer;
  @Inject private transient RequestRepository requests;
  @Inject private transient Event<RequestSubmitted> submitted;
  @Resource private transient UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String mode = request.getParameter("mode");
    String round = request.getParameter("round");
    int callers = Integer.parseInt(request.getParameter("callers"));
    int count = Integer.parseInt(request.getParameter("count"));
    long contractId = Long.parseLong(request.getParameter("contract"));
    Runnable submission =
        switch (mode) {
          case "service" ->
              () ->
                  service.submitContactRequest(
                      contractId, "Demande de rappel", "Merci de me rappeler au sujet du loyer.");
          case "raw" -> rawStart(template(contractId, request.getUserPrincipal().getName()));
          case "stored" -> storedAndStarted(contractId, request.getUserPrincipal().getName());
          case "mail" -> mailOnly(request.getUserPrincipal().getName());
          default -> throw new IllegalArgumentException("mode " + mode);
        };
    StartLine.await(round, callers);
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      submission.run();
    }
    long end = System.nanoTime();
    response.setContentType("text/plain");
    response.getWriter().print("start=" + start + " end=" + end + " done=" + count);
  }

  /**
   * What the workflow module would get from this tenant's submission on this contract (agency,
   * residence, tenant's name…), built once before the round by the domain's own code.
   */
  private RequestSubmitted template(long contractId, String accountId) {
    Contract contract = contracts.find(contractId).orElseThrow();
    UserAccount tenant = accounts.find(Long.valueOf(accountId)).orElseThrow();
    return TenantRequest.submit(
            "0",
            contract,
            tenant,
            RequestType.CONTACT,
            "Demande de rappel",
            "Merci de me rappeler au sujet du loyer.",
            Instant.now())
        .submittedEvent();
  }

  /** What the service stores and fires, in a transaction of its own, without checks nor e-mail. */
  private Runnable storedAndStarted(long contractId, String accountId) {
    long tenantId = Long.parseLong(accountId);
    return () ->
        inTransaction(
            () -> {
              TenantRequest r =
                  TenantRequest.submit(
                      requests.nextNumber(),
                      contracts.find(contractId).orElseThrow(),
                      accounts.find(tenantId).orElseThrow(),
                      RequestType.CONTACT,
                      "Demande de rappel",
                      "Merci de me rappeler au sujet du loyer.",
                      Instant.now());
              requests.store(r);
              submitted.fire(r.submittedEvent());
            });
  }

  /**
   * Only the e-mail the service sends after its commit ("request-step", to the tenant), through the
   * portal's mail sender: what the SMTP round trip alone costs.
   */
  private Runnable mailOnly(String accountId) {
    UserAccount tenant = accounts.find(Long.valueOf(accountId)).orElseThrow();
    OutgoingMail mail =
        new OutgoingMail(
            tenant.email(),
            "request-step",
            Map.of(
                "name", tenant.displayName(),
                "number", "1000001",
                "subject", "Demande de rappel",
                "step", "Envoyée, en attente de prise en charge",
                "detail", "",
                "outcome", "",
                "link", "http://localhost/portail/locataire/demande.xhtml?numero=1000001"));
    return () -> {
      try {
        mailer.send(mail);
      } catch (MessagingException e) {
        throw new IllegalStateException("mail", e);
      }
    };
  }

  /** One start as RequestProcessStarter makes it, with the same variables, in a transaction. */
  private Runnable rawStart(RequestSubmitted template) {
    return () -> {
      long n = RAW.incrementAndGet();
      String number = String.valueOf(n);
      Map<String, Object> variables =
          RequestProcessStarter.variables(
              new RequestSubmitted(
                  n,
                  number,
                  template.type(),
                  template.agencyCode(),
                  template.contractId(),
                  template.residenceId(),
                  template.residenceName(),
                  template.tenantName(),
                  template.facts()));
      inTransaction(
          () ->
              runtime
                  .createProcessInstanceBuilder()
                  .processDefinitionKey(template.type().processKey())
                  .businessKey(number)
                  .name("Demande n° " + number)
                  .variables(variables)
                  .start());
    };
  }

  private void inTransaction(Runnable work) {
    try {
      transaction.begin();
      try {
        work.run();
      } catch (RuntimeException e) {
        transaction.rollback();
        throw e;
      }
      transaction.commit();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("transaction", e);
    }
  }
}
