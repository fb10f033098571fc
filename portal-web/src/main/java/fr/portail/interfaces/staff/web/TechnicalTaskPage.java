package fr.portail.interfaces.staff.web;

import fr.portail.application.TechnicalRequestService;
import fr.portail.application.TechnicalView;
import fr.portail.domain.model.technical.TechnicalCategory;
import fr.portail.domain.model.technical.UpkeepAdvice;
import fr.portail.domain.model.technical.UpkeepGuidance;
import fr.portail.interfaces.web.Messages;
import jakarta.inject.Inject;

/**
 * What the task forms of a technical request share: its report as the caller may see it, and the
 * messages of a decision missing a field.
 */
public abstract class TechnicalTaskPage extends StaffTaskPage {

  private static final long serialVersionUID = 1L;

  @Inject protected TechnicalRequestService technical;

  private TechnicalView report;

  @Override
  protected void loaded() {
    report = technical.reportForStaff(getRequest().id());
    loadedReport();
  }

  /** What a form loads besides the report (its choice lists, its prefilled fields). */
  protected void loadedReport() {}

  public TechnicalView getReport() {
    return report;
  }

  /** The upkeep guidance of the request's category (décret n° 87-712). */
  public UpkeepAdvice getAdvice() {
    return UpkeepGuidance.forCategory(TechnicalCategory.valueOf(report.category()));
  }

  /** Adds the message next to the field when the text is blank; tells whether it was given. */
  protected static boolean given(String text, String form, String field, String key) {
    if (text == null || text.isBlank()) {
      Messages.error(form + ":" + field, key);
      return false;
    }
    return true;
  }

  protected static boolean given(Object value, String form, String field, String key) {
    if (value == null) {
      Messages.error(form + ":" + field, key);
      return false;
    }
    return true;
  }
}
