package fr.portail.workflow.profile;

import fr.portail.application.ProfileChangeProcessing;
import fr.portail.workflow.Actors;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** Applies the approved change to the file and closes the request, with the task's completion. */
@Named("applyProfileChange")
@ApplicationScoped
public class ApplyProfileChange implements JavaDelegate {

  @Inject private ProfileChangeProcessing profileChanges;

  protected ApplyProfileChange() {}

  public ApplyProfileChange(ProfileChangeProcessing profileChanges) {
    this.profileChanges = profileChanges;
  }

  @Override
  public void execute(DelegateExecution execution) {
    profileChanges.approve(
        (Long) execution.getVariable(RequestVariables.REQUEST_ID), Actors.current());
  }
}
