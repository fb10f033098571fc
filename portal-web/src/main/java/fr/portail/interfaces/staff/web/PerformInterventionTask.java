package fr.portail.interfaces.staff.web;

import fr.portail.application.FileUpload;
import fr.portail.interfaces.web.FileParts;
import fr.portail.workflow.technical.TechnicalRequestProcess;
import fr.portail.workflow.technical.TechnicalTasks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Réaliser l'intervention": the contractor reports it done (report, time spent, photos), or
 * impossible with the reason; the photos and the completion are one transaction.
 */
@Named
@ViewScoped
public class PerformInterventionTask extends TechnicalTaskPage {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "performForm";

  @Inject private TechnicalTasks tasks;

  private String outcome;
  private String reportText;
  private Integer minutes;
  private String reason;
  private transient List<Part> photos;

  public String send() {
    boolean done = TechnicalRequestProcess.DONE.equals(outcome);
    boolean complete =
        done
            ? given(reportText, FORM, "reportText", "task.perform.report.required")
                & given(minutes, FORM, "minutes", "task.perform.minutes.required")
            : given(reason, FORM, "reason", "task.perform.reason.required");
    if (!complete) {
      return null;
    }
    List<FileUpload> files = new ArrayList<>();
    if (done && photos != null) {
      for (Part part : photos) {
        FileUpload file = FileParts.read(part);
        if (file != null) {
          files.add(file);
        }
      }
    }
    Map<String, Object> vars = new HashMap<>();
    vars.put(TechnicalRequestProcess.OUTCOME, outcome);
    vars.put(TechnicalRequestProcess.REPORT, done ? reportText : null);
    vars.put(TechnicalRequestProcess.MINUTES, done ? minutes : null);
    vars.put(TechnicalRequestProcess.REASON, done ? null : reason);
    return complete(
        () -> tasks.reportIntervention(getTaskId(), vars, files), FORM, "task.reported");
  }

  @Override
  protected String fieldFor(String serviceField) {
    return "report".equals(serviceField) ? "reportText" : serviceField;
  }

  public List<String> getOutcomes() {
    return List.of(TechnicalRequestProcess.DONE, TechnicalRequestProcess.UNABLE);
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getReportText() {
    return reportText;
  }

  public void setReportText(String reportText) {
    this.reportText = reportText;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<Part> getPhotos() {
    return photos;
  }

  public void setPhotos(List<Part> photos) {
    this.photos = photos;
  }
}
