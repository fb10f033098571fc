package fr.portail.workflow.profile;

import fr.portail.application.ProfileChangeProcessing;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The document asked for did not come in time: the request closes, the file unchanged. */
@Named("expireProfileChange")
@ApplicationScoped
public class ExpireProfileChange implements JavaDelegate {

  @Inject private ProfileChangeProcessing profileChanges;

  protected ExpireProfileChange() {}

  public ExpireProfileChange(ProfileChangeProcessing profileChanges) {
    this.profileChanges = profileChanges;
  }

  @Override
  public void execute(DelegateExecution execution) {
    profileChanges.expire((Long) execution.getVariable(RequestVariables.REQUEST_ID));
  }
}
