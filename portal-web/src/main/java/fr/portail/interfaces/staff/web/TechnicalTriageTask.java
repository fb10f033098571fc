package fr.portail.interfaces.staff.web;

import fr.portail.application.TechnicalRequestService.Choice;
import fr.portail.domain.model.technical.Trade;
import fr.portail.domain.model.technical.TriageDecision;
import fr.portail.workflow.technical.TechnicalRequestProcess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The caretaker's triage of a technical request of his residence: solved by him (a note for the
 * tenant), the tenant's upkeep (the explanation he reads), the same fault as an open request (which
 * then carries the repair), or an intervention (his diagnosis, the trade needed).
 */
@Named
@ViewScoped
public class TechnicalTriageTask extends TechnicalTaskPage {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "triageForm";

  private List<Choice> carriers = List.of();
  private TriageDecision decision;
  private String tenantText;
  private String diagnosis;
  private Trade trade;
  private Long carrier;

  @Override
  protected void loadedReport() {
    trade = Trade.valueOf(getReport().trade());
    carriers = mayDecide() ? technical.mergeCandidates(getRequest().id()) : List.of();
  }

  public String decide() {
    boolean complete =
        switch (decision) {
          case RESOLVED, TENANT_UPKEEP ->
              given(tenantText, FORM, "tenantText", "task.triage.tenantText.required");
          case MERGE -> given(carrier, FORM, "carrier", "task.triage.carrier.required");
          case INTERVENTION ->
              given(diagnosis, FORM, "diagnosis", "task.triage.diagnosis.required");
        };
    if (!complete) {
      return null;
    }
    Map<String, Object> vars = new HashMap<>();
    vars.put(TechnicalRequestProcess.DECISION, decision.name());
    vars.put(
        TechnicalRequestProcess.TENANT_TEXT,
        decision == TriageDecision.RESOLVED || decision == TriageDecision.TENANT_UPKEEP
            ? tenantText
            : null);
    vars.put(
        TechnicalRequestProcess.DIAGNOSIS,
        decision == TriageDecision.INTERVENTION ? diagnosis : null);
    vars.put(
        TechnicalRequestProcess.NEEDED_TRADE,
        decision == TriageDecision.INTERVENTION && trade != null ? trade.name() : null);
    vars.put(TechnicalRequestProcess.CARRIER, decision == TriageDecision.MERGE ? carrier : null);
    return complete(vars, FORM, "task.triaged");
  }

  /** The decisions offered: merging only when an open request of the same fault exists. */
  public List<TriageDecision> getDecisions() {
    return Arrays.stream(TriageDecision.values())
        .filter(d -> d != TriageDecision.MERGE || !carriers.isEmpty())
        .toList();
  }

  public Trade[] getTrades() {
    return Trade.values();
  }

  public List<Choice> getCarriers() {
    return carriers;
  }

  public TriageDecision getDecision() {
    return decision;
  }

  public void setDecision(TriageDecision decision) {
    this.decision = decision;
  }

  public String getTenantText() {
    return tenantText;
  }

  public void setTenantText(String tenantText) {
    this.tenantText = tenantText;
  }

  public String getDiagnosis() {
    return diagnosis;
  }

  public void setDiagnosis(String diagnosis) {
    this.diagnosis = diagnosis;
  }

  public Trade getTrade() {
    return trade;
  }

  public void setTrade(Trade trade) {
    this.trade = trade;
  }

  public Long getCarrier() {
    return carrier;
  }

  public void setCarrier(Long carrier) {
    this.carrier = carrier;
  }
}
