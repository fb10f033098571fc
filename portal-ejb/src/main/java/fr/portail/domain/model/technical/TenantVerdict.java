package fr.portail.domain.model.technical;

/** What the tenant said of a repair reported done. */
public enum TenantVerdict {
  /** He confirmed it and rated it. */
  CONFIRMED,
  /** He said it is not fixed: a new intervention cycle starts. */
  NOT_FIXED,
  /** He did not answer in time: the repair is presumed done. */
  PRESUMED
}
