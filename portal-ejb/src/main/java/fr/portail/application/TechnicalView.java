package fr.portail.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A technical request's report as its reader may see it: the tenant (his own), the caretaker and
 * the technical manager (everything), a contractor (what the intervention needs: the tenant's name,
 * address, phone, slots, the description and photos, and only the interventions ordered from its
 * company). Enum values are given by name; the pages look up their labels.
 */
public record TechnicalView(
    Long requestId,
    String number,
    String area,
    String category,
    String trade,
    String urgency,
    String place,
    String floor,
    String staircase,
    String description,
    List<String> slots,
    String phone,
    String tenantName,
    String address,
    String residenceName,
    String diagnosis,
    String mergedIntoNumber,
    String carrierStatus,
    List<String> followerNumbers,
    boolean deadlineMissed,
    Integer rating,
    String ratingComment,
    boolean awaitingVerdict,
    List<ComplementView> complements,
    List<InterventionView> interventions)
    implements Serializable {

  /** The latest intervention, or null before any order. */
  public InterventionView currentIntervention() {
    return interventions.isEmpty() ? null : interventions.get(interventions.size() - 1);
  }

  public boolean merged() {
    return mergedIntoNumber != null;
  }

  /** A complement of information from the tenant. */
  public record ComplementView(Instant at, String author, String text, List<Long> photoIds)
      implements Serializable {}

  /** One intervention cycle. */
  public record InterventionView(
      int cycle,
      String contractorName,
      String contractorPhone,
      Instant orderedAt,
      String instructions,
      Instant appointmentAt,
      Boolean appointmentWithinSlots,
      String status,
      String reason,
      String report,
      Integer minutesSpent,
      Instant doneAt,
      String verdict,
      String verdictText,
      List<Long> photoIds)
      implements Serializable {

    public boolean proposedOnly() {
      return appointmentAt != null && Boolean.FALSE.equals(appointmentWithinSlots);
    }
  }
}
