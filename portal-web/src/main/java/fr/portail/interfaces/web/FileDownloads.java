package fr.portail.interfaces.web;

import fr.portail.application.AccessDeniedException;
import fr.portail.application.DocumentFile;
import fr.portail.application.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * Sends one of the portal's files (a rent notice, a file joined to a request) by its id: shown in
 * the page (inline) or, with {@code telecharger=1}, downloaded. The name is the one the portal made
 * or cleaned, quoted for the header; a malformed id, or a file the caller may not see, answers 404
 * (403 for a caretaker or a contractor outside his scope).
 */
public final class FileDownloads {

  private FileDownloads() {}

  public static void send(
      HttpServletRequest request, HttpServletResponse response, LongFunction<DocumentFile> open)
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
      file = open.apply(id);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String disposition = "1".equals(request.getParameter("telecharger")) ? "attachment" : "inline";
    String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    response.setContentType(file.contentType());
    response.setContentLength(file.content().length);
    response.setHeader(
        "Content-Disposition",
        disposition
            + "; filename=\""
            + ascii
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(file.content());
  }
}
