package fr.portail.interfaces.staff.web;

import fr.portail.application.RequestDocumentService;
import fr.portail.interfaces.web.FileDownloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A file of a request in the staff member's scope (/gestion/piece?id=…), shown in the task form or
 * downloaded; outside his scope, 404.
 */
@WebServlet("/gestion/piece")
public class StaffDocumentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient RequestDocumentService documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FileDownloads.send(request, response, documents::openForStaff);
  }
}
