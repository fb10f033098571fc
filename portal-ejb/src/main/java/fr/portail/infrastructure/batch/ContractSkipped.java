package fr.portail.infrastructure.batch;

/**
 * A contract the expiry scan cannot open a renewal for (its data is wrong): the job skips it,
 * reports it in the log and its skip count, and goes on with the others.
 */
public class ContractSkipped extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long contractId;

  public ContractSkipped(long contractId, String reason) {
    super("contrat " + contractId + " ignoré : " + reason);
    this.contractId = contractId;
  }

  public long contractId() {
    return contractId;
  }
}
