package fr.portail.interfaces.staff.web;

import fr.portail.application.AccessDeniedException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestService;
import fr.portail.application.RequestView;
import fr.portail.interfaces.web.Forbidden;
import fr.portail.interfaces.web.NotFound;
import fr.portail.workflow.ProcessHistory;
import fr.portail.workflow.RequestTrace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The staff's view of a whole request: its steps, files, the process's tasks and notes, and the
 * process diagram with the current step highlighted. Outside the caller's scope, 404 (403 for a
 * caretaker or a contractor).
 */
@Named
@ViewScoped
public class RequestHistoryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestService requests;
  @Inject private ProcessHistory history;

  private Long requestId;
  private RequestView request;
  private RequestTrace trace;

  public void load() {
    try {
      if (requestId == null) {
        throw new NotFoundException("demande");
      }
      request = requests.requestForStaff(requestId);
      trace = history.traceOf(requestId);
    } catch (NotFoundException e) {
      NotFound.respond();
    } catch (AccessDeniedException e) {
      request = null;
      trace = null;
      Forbidden.respond();
    }
  }

  /** The ids of the activities done, for the diagram's script. */
  public String getDoneIds() {
    return String.join(" ", trace.completedActivityIds());
  }

  /** The ids of the activities waited in now, for the diagram's script. */
  public String getActiveIds() {
    return String.join(" ", trace.activeActivityIds());
  }

  public Long getRequestId() {
    return requestId;
  }

  public void setRequestId(Long requestId) {
    this.requestId = requestId;
  }

  public RequestView getRequest() {
    return request;
  }

  public RequestTrace getTrace() {
    return trace;
  }
}
