package fr.portail.workflow.profile;

import fr.portail.application.ProfileChangeProcessing;
import fr.portail.workflow.Actors;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** Closes the request as refused with the officer's reason; the file stays as it is. */
@Named("rejectProfileChange")
@ApplicationScoped
public class RejectProfileChange implements JavaDelegate {

  @Inject private ProfileChangeProcessing profileChanges;

  protected RejectProfileChange() {}

  public RejectProfileChange(ProfileChangeProcessing profileChanges) {
    this.profileChanges = profileChanges;
  }

  @Override
  public void execute(DelegateExecution execution) {
    profileChanges.reject(
        (Long) execution.getVariable(RequestVariables.REQUEST_ID),
        (String) execution.getVariable(ProfileChangeProcess.REASON),
        Actors.current());
  }
}
