package fr.portail.application;

import java.io.Serializable;
import java.util.List;

/**
 * A technical request as the tenant's form sends it, not yet checked: the contract, the category (a
 * {@code TechnicalCategory} name), where, the description, the urgency (an {@code Urgency} name),
 * the slots ({@code MONDAY_MORNING}…), the phone to call and whether he confirmed it.
 */
public record TechnicalSubmission(
    Long contractId,
    String category,
    String place,
    String floor,
    String staircase,
    String description,
    String urgency,
    List<String> slots,
    String phone,
    boolean phoneConfirmed)
    implements Serializable {

  public TechnicalSubmission {
    slots = slots == null ? List.of() : List.copyOf(slots);
  }
}
