package fr.portail.domain.model.technical;

import fr.portail.domain.shared.Checks;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * Where the fault is: the room or place (kitchen, hall, car park level -1), and, when it helps to
 * find it, the floor and the staircase.
 */
@Embeddable
public class RepairLocation implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int PLACE_MAX = 80;
  public static final int FLOOR_MAX = 20;
  public static final int STAIRCASE_MAX = 20;

  @Column(name = "place", nullable = false, length = PLACE_MAX)
  private String place;

  @Column(name = "floor", length = FLOOR_MAX)
  private String floor;

  @Column(name = "staircase", length = STAIRCASE_MAX)
  private String staircase;

  protected RepairLocation() {}

  public RepairLocation(String place, String floor, String staircase) {
    this.place = Checks.requireText(place, PLACE_MAX, "technical.place.invalid");
    this.floor = optional(floor, FLOOR_MAX, "technical.floor.invalid");
    this.staircase = optional(staircase, STAIRCASE_MAX, "technical.staircase.invalid");
  }

  private static String optional(String text, int max, String key) {
    return text == null || text.isBlank() ? null : Checks.requireText(text, max, key);
  }

  public String place() {
    return place;
  }

  /** The floor, or null when not given. */
  public String floor() {
    return floor;
  }

  /** The staircase, or null when not given. */
  public String staircase() {
    return staircase;
  }
}
