package fr.portail.application;

/**
 * Tenants propose changes of their file (contact details, household) and follow them; customer
 * officers read them beside the file. A change is applied only when an officer approves it.
 */
public interface ProfileChangeService {

  /** The caller's contact details and the contract a change of them goes on; "Mon dossier". */
  MyContactDetails myContactDetails();

  /**
   * The household of one of the caller's active contracts (null: his housing contract); not found
   * for another's.
   */
  MyHousehold myHousehold(Long contractId);

  /**
   * Proposes new contact details; the request and its process start together. Refused when they
   * change nothing or a change of the file is open already.
   */
  RequestView proposeContactChange(ContactChange change);

  /**
   * Proposes changes of the household of one of the caller's contracts; not found for another's
   * contract or an occupant who is not of this contract.
   */
  RequestView proposeOccupantChanges(Long contractId, OccupantChanges changes);

  /** What the caller proposed in one of his requests, beside his file; not found otherwise. */
  ProfileChangeView myProposal(String requestNumber);

  /**
   * Sends the supporting document the agency asked for on one of the caller's requests; refused
   * when the request no longer waits for it.
   */
  void sendSupportingDocument(String requestNumber, FileUpload document);

  /** The proposal of a request of the calling officer's agencies, beside the file. */
  ProfileChangeView proposalForStaff(Long requestId);
}
