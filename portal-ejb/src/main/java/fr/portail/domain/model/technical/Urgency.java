package fr.portail.domain.model.technical;

/** How soon a technical request must be answered; {@link ResponseDeadlines} gives the delays. */
public enum Urgency {
  /** Safety or a dwelling unusable: water damage, no power, no heating, a door that won't lock. */
  URGENT,
  NORMAL,
  /** "Programmable": can wait for a planned visit. */
  LOW;

  public String labelKey() {
    return "urgency." + name();
  }

  /** Examples shown next to the choice, so the tenant picks the right one. */
  public String hintKey() {
    return "urgency." + name() + ".hint";
  }
}
