package fr.portail.application;

import java.io.Serializable;
import java.util.List;

/**
 * Technical requests: the tenant sends one (with photos), adds complements, confirms and rates the
 * repair or says it is not fixed; staff read the report within their scope (the caretaker his
 * residences, a contractor the interventions ordered from its company, other staff their agencies)
 * and get the choices of their decisions.
 */
public interface TechnicalRequestService {

  /** What the tenant's form starts from (contracts, phone on file, on-call numbers). */
  TechnicalForm newRequestForm();

  /**
   * Sends a technical request with up to five photos, all checked; stores nothing if one is
   * refused. Starts its process.
   */
  RequestView submit(TechnicalSubmission submission, List<FileUpload> photos);

  /**
   * Adds a complement (text, photos or both) to one of the caller's open technical requests; kept
   * whatever the process is doing, then passed to it.
   */
  void addComplement(String number, String text, List<FileUpload> photos);

  /** The tenant confirms the repair reported done and rates it from 1 to 5. */
  void confirmRepair(String number, Integer rating, String comment);

  /** The tenant says the repair reported done did not fix the fault: a new intervention. */
  void reportNotFixed(String number, String whatIsWrong);

  /** The report of one of the caller's requests; not found if it is not his or not technical. */
  TechnicalView myReport(String number);

  /** The report of a request in the calling staff member's scope. */
  TechnicalView reportForStaff(Long requestId);

  /**
   * The contractors the technical manager may order the intervention from: active, of the trade
   * needed, serving the request's agency.
   */
  List<Choice> contractorsFor(Long requestId);

  /** The open requests of the same residence and common-area category the report may join. */
  List<Choice> mergeCandidates(Long requestId);

  /**
   * Photos the contractor joins to his report of the current intervention (up to five, checked), in
   * the transaction that then completes his task.
   */
  void attachInterventionPhotos(Long requestId, List<FileUpload> photos);

  /** A value of a choice list: its id and label. */
  record Choice(Long id, String label) implements Serializable {}
}
