package fr.portail.domain.model.request;

/** How a closed request ended; some endings must say why, in words the tenant reads. */
public enum Resolution {
  /** A contact request was answered. */
  ANSWERED(true),
  /** The change asked for was accepted and applied. */
  APPROVED(false),
  /** The change asked for was refused, with the reason. */
  REJECTED(true),
  /** The tenant did not send what was asked in time. */
  EXPIRED(true),
  /** The problem was solved (a repair done and confirmed). */
  RESOLVED(false),
  /** Closed as the tenant's own upkeep, with the explanation. */
  TENANT_UPKEEP(true),
  /** Joined to another open request about the same fault. */
  MERGED(true),
  /** Withdrawn or made pointless (e.g. replaced by another request). */
  CANCELLED(true);

  private final boolean needsReason;

  Resolution(boolean needsReason) {
    this.needsReason = needsReason;
  }

  /** Whether closing this way needs an outcome text for the tenant. */
  public boolean needsReason() {
    return needsReason;
  }

  /** The key of the closing step in the request history. */
  public String stepKey() {
    return "step.closed." + name();
  }
}
