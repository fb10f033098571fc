package fr.portail.workflow.engine;

import fr.portail.domain.model.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/**
 * Runs a piece of a process (a delegate, a listener) under the process engine's own identity, role
 * SYSTEM, whoever's thread it is on: the officer completing a task, the tenant sending a document,
 * or the job executor firing a timer. The application's process-facing services admit only that
 * role.
 */
@Stateless
@PermitAll
@RunAs(Role.SYSTEM_NAME)
public class AsProcessEngine {

  /**
   * Runs the work and hands back what it threw instead of throwing it: an engine exception (a BPMN
   * error, an optimistic lock) must reach the engine as it is, not wrapped by the EJB container.
   */
  public RuntimeException run(Runnable work) {
    try {
      work.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }
}
