package fr.portail.interfaces.tenant.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/**
 * The RIB file of the request being posted: held for this request only, so that two posts of the
 * same form at once (a double click) each send their own file.
 */
@Named
@RequestScoped
public class RibDocument {

  private Part part;

  public Part getPart() {
    return part;
  }

  public void setPart(Part part) {
    this.part = part;
  }
}
