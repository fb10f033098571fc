package fr.portail.interfaces.web;

import fr.portail.application.CallerService;
import fr.portail.application.CallerService.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The logged-in user's name for the page header. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private CallerService callers;

  private Caller caller;

  public String getDisplayName() {
    return caller().displayName();
  }

  private Caller caller() {
    if (caller == null) {
      caller = callers.current();
    }
    return caller;
  }
}
