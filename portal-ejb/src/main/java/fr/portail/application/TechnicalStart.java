package fr.portail.application;

import fr.portail.domain.model.account.CandidateGroups;
import fr.portail.domain.model.technical.TechnicalReport;
import java.util.HashMap;
import java.util.Map;

/**
 * The facts a technical request's process starts with, from its report: the urgency, category, area
 * and trade, the caretakers' group of the residence, when the triage is due (counted from the
 * sending, by the landlord's deadlines) and how long a repair reported done waits for the tenant.
 */
public final class TechnicalStart {

  private TechnicalStart() {}

  public static Map<String, Object> facts(TechnicalReport report, TechnicalSettings settings) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(TechnicalProcessing.URGENCY, report.urgency().name());
    facts.put(TechnicalProcessing.CATEGORY, report.category().name());
    facts.put(TechnicalProcessing.AREA, report.area().name());
    facts.put(TechnicalProcessing.TRADE, report.trade().name());
    facts.put(
        TechnicalProcessing.CARETAKER_GROUP, CandidateGroups.ofResidence(report.residence().id()));
    facts.put(
        TechnicalProcessing.TRIAGE_DUE,
        settings.deadlines().dueDate(report.urgency(), report.request().submittedAt()).toString());
    facts.put(TechnicalProcessing.CONFIRMATION_WAIT, settings.confirmationWait());
    return facts;
  }
}
