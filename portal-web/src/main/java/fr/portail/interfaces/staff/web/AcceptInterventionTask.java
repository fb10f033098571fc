package fr.portail.interfaces.staff.web;

import fr.portail.application.TechnicalView.InterventionView;
import fr.portail.interfaces.web.Messages;
import fr.portail.workflow.technical.TechnicalRequestProcess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Intervention commandée": the contractor accepts it with an appointment (the one proposed by the
 * manager, or his own), or declines it with the reason.
 */
@Named
@ViewScoped
public class AcceptInterventionTask extends TechnicalTaskPage {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "acceptForm";

  private String answer;
  private String date;
  private String time;
  private String reason;

  @Override
  protected void loadedReport() {
    InterventionView current = getReport().currentIntervention();
    if (current != null && current.appointmentAt() != null) {
      date = Appointments.date(current.appointmentAt());
      time = Appointments.time(current.appointmentAt());
    }
  }

  public String respond() {
    boolean accepted = TechnicalRequestProcess.ACCEPTED.equals(answer);
    String appointment = null;
    if (accepted) {
      try {
        appointment = Appointments.iso(date, time, false);
      } catch (Appointments.Refused e) {
        Messages.error(FORM + ":" + e.field, e.key);
        return null;
      }
    } else if (!given(reason, FORM, "reason", "task.accept.reason.required")) {
      return null;
    }
    Map<String, Object> vars = new HashMap<>();
    vars.put(TechnicalRequestProcess.CONTRACTOR_ANSWER, answer);
    vars.put(TechnicalRequestProcess.APPOINTMENT, appointment);
    vars.put(TechnicalRequestProcess.REASON, accepted ? null : reason);
    return complete(vars, FORM, "task.accepted");
  }

  @Override
  protected String fieldFor(String serviceField) {
    return "appointment".equals(serviceField) ? "date" : serviceField;
  }

  public List<String> getAnswers() {
    return List.of(TechnicalRequestProcess.ACCEPTED, TechnicalRequestProcess.DECLINED);
  }

  public List<String> getTimes() {
    return Appointments.times();
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
