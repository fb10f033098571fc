package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import fr.portail.workflow.RequestVariables;
import jakarta.inject.Inject;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * A service task of the technical request: applies one step through {@link TechnicalProcessing}, in
 * the transaction that reached it (the staff member's completion, the tenant's message or a timer).
 */
abstract class TechnicalStep implements JavaDelegate {

  @Inject TechnicalProcessing processing;

  protected TechnicalStep() {}

  protected TechnicalStep(TechnicalProcessing processing) {
    this.processing = processing;
  }

  static Long requestId(DelegateExecution execution) {
    return (Long) execution.getVariable(RequestVariables.REQUEST_ID);
  }

  static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }

  static Long number(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Long.valueOf(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
