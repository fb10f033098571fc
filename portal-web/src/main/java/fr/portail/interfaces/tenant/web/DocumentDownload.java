package fr.portail.interfaces.tenant.web;

import fr.portail.application.DocumentFile;
import fr.portail.application.NotFoundException;
import fr.portail.application.TenantDocumentService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends one of the tenant's PDFs (/locataire/document?id=…, under the tenant constraint). Another
 * tenant's document, or a malformed id, answers 404.
 */
@WebServlet("/locataire/document")
public class DocumentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient TenantDocumentService documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    DocumentFile file;
    try {
      file = documents.download(id);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(file.contentType());
    response.setContentLength(file.content().length);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(file.content());
  }
}
