package fr.portail.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers 403: a caretaker or a contractor opened a request outside his scope (another residence,
 * an intervention not ordered from his company).
 */
public final class Forbidden {

  private Forbidden() {}

  public static void respond() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
