package fr.portail.interfaces.staff.web;

import fr.portail.application.AccessDeniedException;
import fr.portail.application.NotFoundException;
import fr.portail.workflow.ProcessHistory;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The BPMN file of a request's process (/gestion/processus?demande=…), which the request view draws
 * with bpmn-js; a request outside the caller's scope answers 404 (403 for a caretaker or a
 * contractor).
 */
@WebServlet("/gestion/processus")
public class ProcessDiagramSource extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient ProcessHistory history;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String xml;
    try {
      xml = history.diagramOf(Long.valueOf(request.getParameter("demande")));
    } catch (NumberFormatException | NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/xml;charset=UTF-8");
    response.setContentLength(bytes.length);
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(bytes);
  }
}
