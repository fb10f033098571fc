package fr.portail.domain.model.technical;

/** Where an intervention ordered from a contractor stands. */
public enum InterventionStatus {
  /** Ordered, waiting for the contractor to accept it with an appointment. */
  ORDERED,
  /** Accepted with an appointment, waiting for the contractor's report. */
  ACCEPTED,
  /** The contractor declined the order: the technical manager orders again. */
  DECLINED,
  /** The contractor reports the repair done: the tenant confirms it or not. */
  DONE,
  /** The contractor could not do it (reason given): the technical manager orders again. */
  UNABLE;

  /** Whether the contractor still has it to do. */
  public boolean open() {
    return this == ORDERED || this == ACCEPTED;
  }
}
