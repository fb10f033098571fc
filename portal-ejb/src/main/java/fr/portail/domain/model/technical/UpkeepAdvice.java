package fr.portail.domain.model.technical;

import java.util.List;

/**
 * What the tenant is told about a category before sending: who usually bears it, why (a key of the
 * {@link TechnicalTexts} bundle citing the décret), and its typical repairs.
 */
public record UpkeepAdvice(
    TechnicalCategory category,
    UpkeepResponsibility responsibility,
    String explanationKey,
    List<TypicalRepair> typicalRepairs) {

  public UpkeepAdvice {
    typicalRepairs = List.copyOf(typicalRepairs);
  }
}
