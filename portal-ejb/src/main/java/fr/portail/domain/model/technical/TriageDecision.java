package fr.portail.domain.model.technical;

/** What the caretaker decides for a technical request of his residence. */
public enum TriageDecision {
  /** He solved it himself; his note tells the tenant what was done. */
  RESOLVED,
  /** A repair for the tenant to make (décret n° 87-712); the explanation is for him. */
  TENANT_UPKEEP,
  /** The same common-area fault as an open request, which carries the repair. */
  MERGE,
  /** A contractor is needed; his diagnosis goes to the technical manager. */
  INTERVENTION
}
