package fr.portail.interfaces.staff.web;

import fr.portail.application.TechnicalRequestService.Choice;
import fr.portail.interfaces.web.Messages;
import fr.portail.workflow.technical.TechnicalRequestProcess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The technical manager's order: a contractor of the trade needed serving the agency, an
 * appointment proposed within the tenant's slots (or left to the contractor), instructions.
 */
@Named
@ViewScoped
public class OrderInterventionTask extends TechnicalTaskPage {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "orderForm";

  private List<Choice> contractors = List.of();
  private Long contractorId;
  private String date;
  private String time;
  private String instructions;

  @Override
  protected void loadedReport() {
    contractors = mayDecide() ? technical.contractorsFor(getRequest().id()) : List.of();
  }

  public String order() {
    String appointment;
    try {
      appointment = Appointments.iso(date, time, true);
    } catch (Appointments.Refused e) {
      Messages.error(FORM + ":" + e.field, e.key);
      return null;
    }
    Map<String, Object> vars = new HashMap<>();
    vars.put(TechnicalRequestProcess.CONTRACTOR_ID, contractorId);
    vars.put(TechnicalRequestProcess.APPOINTMENT, appointment);
    vars.put(TechnicalRequestProcess.INSTRUCTIONS, instructions);
    return complete(vars, FORM, "task.ordered");
  }

  @Override
  protected String fieldFor(String serviceField) {
    return "appointment".equals(serviceField) ? "date" : serviceField;
  }

  public List<String> getTimes() {
    return Appointments.times();
  }

  public List<Choice> getContractors() {
    return contractors;
  }

  public Long getContractorId() {
    return contractorId;
  }

  public void setContractorId(Long contractorId) {
    this.contractorId = contractorId;
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

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }
}
