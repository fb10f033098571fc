package fr.portail.bench.probe;

import fr.portail.application.CallerService;
import fr.portail.application.CallerService.Caller;
import fr.portail.workflow.InboxFilter;
import fr.portail.workflow.InboxSort;
import fr.portail.workflow.InboxTask;
import fr.portail.workflow.RequestVariables;
import fr.portail.workflow.TaskInbox;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.LongSupplier;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;

/**
 * The inbox's first page (its count and its first 20 tasks) as the logged-in member of staff gets
 * it, timed call by call: through {@link TaskInbox} as the staff screen calls it, or through the
 * engine's own task query for the same tasks (his candidate groups or himself as assignee, due date
 * then creation order).
 *
 * <p>GET {@code /bench/inbox?variant=&calls=&warmup=&tenant=}; answers {@code count=<n> rows=<n>
 * micros=<t1,t2,…>}.
 *
 * <ul>
 *   <li>{@code inbox}: {@code count(all)} + {@code page(all, byDueDate, 0, 20)};
 *   <li>{@code inbox-tenant}: the same with the tenant filter (part of a name);
 *   <li>{@code inbox-sort-tenant}: all tasks, sorted by tenant name;
 *   <li>{@code raw}: the engine's task query, {@code count()} + {@code listPage(0, 20)};
 *   <li>{@code raw-vars}: the same with {@code includeProcessVariables()}, which the screen's
 *       columns (agency, residence, tenant, request number) need from the engine;
 *   <li>{@code raw-tenant}: with the variables and a case-insensitive {@code like} on the tenant's
 *       name variable.
 * </ul>
 */
@WebServlet("/bench/inbox")
@ServletSecurity(@HttpConstraint(rolesAllowed = "CUSTOMER_OFFICER"))
public class InboxProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final int PAGE = 20;

  @Inject private transient TaskInbox inbox;
  @Inject private transient TaskService tasks;
  @Inject private transient CallerService callers;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String variant = request.getParameter("variant");
    int calls = Integer.parseInt(request.getParameter("calls"));
    int warmup = Integer.parseInt(request.getParameter("warmup"));
    String tenant = request.getParameter("tenant");
    Caller me = callers.current();
    long[] rows = new long[1];
    LongSupplier firstPage =
        switch (variant) {
          case "inbox" -> viaInbox(InboxFilter.all(), InboxSort.byDueDate(), rows);
          case "inbox-tenant" ->
              viaInbox(
                  new InboxFilter(
                      InboxFilter.Scope.ALL,
                      null,
                      null,
                      null,
                      null,
                      tenant,
                      InboxFilter.Due.ANY,
                      null),
                  InboxSort.byDueDate(),
                  rows);
          case "inbox-sort-tenant" ->
              viaInbox(InboxFilter.all(), new InboxSort(InboxSort.Column.TENANT_NAME, true), rows);
          case "raw" -> viaEngine(me, false, null, rows);
          case "raw-vars" -> viaEngine(me, true, null, rows);
          case "raw-tenant" -> viaEngine(me, true, tenant, rows);
          default -> throw new IllegalArgumentException("variant " + variant);
        };
    for (int i = 0; i < warmup; i++) {
      firstPage.getAsLong();
    }
    StringJoiner micros = new StringJoiner(",");
    long count = 0;
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      count = firstPage.getAsLong();
      micros.add(String.valueOf((System.nanoTime() - start) / 1_000));
    }
    response.setContentType("text/plain");
    response.getWriter().print("count=" + count + " rows=" + rows[0] + " micros=" + micros);
  }

  private LongSupplier viaInbox(InboxFilter filter, InboxSort sort, long[] rows) {
    return () -> {
      long count = inbox.count(filter);
      List<InboxTask> page = inbox.page(filter, sort, 0, PAGE);
      rows[0] = page.size();
      return count;
    };
  }

  private LongSupplier viaEngine(Caller me, boolean variables, String tenant, long[] rows) {
    return () -> {
      TaskQuery query =
          tasks
              .createTaskQuery()
              .or()
              .taskCandidateGroupIn(me.candidateGroups())
              .taskAssignee(String.valueOf(me.accountId()))
              .endOr();
      if (tenant != null) {
        query.processVariableValueLikeIgnoreCase(
            RequestVariables.TENANT_NAME, "%" + tenant.toLowerCase(Locale.FRENCH) + "%");
      }
      query.orderByTaskDueDate().asc().orderByTaskCreateTime().asc();
      long count = query.count();
      if (variables) {
        query.includeProcessVariables();
      }
      List<Task> page = query.listPage(0, PAGE);
      rows[0] = page.size();
      return count;
    };
  }
}
