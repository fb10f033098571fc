package fr.portail.interfaces.tenant.web;

import fr.portail.application.TenantDocumentService;
import fr.portail.interfaces.web.FileDownloads;
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
    FileDownloads.send(request, response, documents::download);
  }
}
