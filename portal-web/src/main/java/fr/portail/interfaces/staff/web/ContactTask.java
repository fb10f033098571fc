package fr.portail.interfaces.staff.web;

import fr.portail.workflow.contact.ContactRequestProcess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The answer task of a "demande de contact": the request, and the answer the tenant will read. */
@Named
@ViewScoped
public class ContactTask extends StaffTaskPage {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{task.answer.required}")
  @Size(max = 4000, message = "{task.answer.tooLong}")
  private String answer;

  public String answer() {
    return complete(Map.of(ContactRequestProcess.ANSWER, answer), "answerForm", "task.answered");
  }

  @Override
  protected String fieldFor(String serviceField) {
    return "outcome".equals(serviceField) ? "answer" : serviceField;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }
}
