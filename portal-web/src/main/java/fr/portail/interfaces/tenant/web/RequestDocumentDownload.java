package fr.portail.interfaces.tenant.web;

import fr.portail.application.RequestDocumentService;
import fr.portail.interfaces.web.FileDownloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A file of one of the tenant's requests (/locataire/piece?id=…); another's answers 404. */
@WebServlet("/locataire/piece")
public class RequestDocumentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient RequestDocumentService documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FileDownloads.send(request, response, documents::openForTenant);
  }
}
