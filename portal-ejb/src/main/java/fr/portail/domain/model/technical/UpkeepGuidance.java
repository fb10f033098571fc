package fr.portail.domain.model.technical;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Upkeep guidance under the décret n° 87-712 du 26 août 1987 (réparations locatives) and the loi n°
 * 89-462 art. 7 d: shown to the tenant before a technical request is sent, and to the caretaker who
 * may close one as the tenant's own upkeep. It never stops a request from being sent: wear
 * (vétusté), a defect or force majeure make any repair the landlord's, and only a visit tells.
 */
public final class UpkeepGuidance {

  /** The caveat shown with every advice: the exceptions of art. 7 d, and that sending is open. */
  public static final String NOTICE_KEY = "upkeep.notice";

  private UpkeepGuidance() {}

  public static UpkeepAdvice forCategory(TechnicalCategory category) {
    List<TypicalRepair> repairs = TypicalRepair.of(category);
    return new UpkeepAdvice(
        category, responsibilityOf(category, repairs), explanationKeyOf(category), repairs);
  }

  /**
   * The common parts are always the landlord's; otherwise the tenant's or the landlord's when all
   * typical repairs agree, and "it depends" when they differ or when there are none to go by.
   */
  private static UpkeepResponsibility responsibilityOf(
      TechnicalCategory category, List<TypicalRepair> repairs) {
    if (category.area() == TechnicalArea.PARTIES_COMMUNES) {
      return UpkeepResponsibility.LANDLORD;
    }
    Set<UpkeepResponsibility> found = EnumSet.noneOf(UpkeepResponsibility.class);
    repairs.forEach(r -> found.add(r.responsibility()));
    return found.size() == 1 ? found.iterator().next() : UpkeepResponsibility.DEPENDS;
  }

  /** One text for all the common parts (recoverable charges), one per category elsewhere. */
  private static String explanationKeyOf(TechnicalCategory category) {
    if (category.area() == TechnicalArea.PARTIES_COMMUNES) {
      return "upkeep.area." + TechnicalArea.PARTIES_COMMUNES.name();
    }
    return "upkeep.category." + category.name();
  }
}
