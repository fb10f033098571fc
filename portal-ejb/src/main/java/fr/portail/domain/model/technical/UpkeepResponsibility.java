package fr.portail.domain.model.technical;

/** Who usually pays for a repair under the décret n° 87-712: guidance, never a refusal. */
public enum UpkeepResponsibility {
  /** A "réparation locative": the tenant's, unless caused by wear, a defect or force majeure. */
  TENANT,
  LANDLORD,
  /** Depends on what is broken and why: the caretaker tells. */
  DEPENDS;

  public String labelKey() {
    return "responsibility." + name();
  }
}
