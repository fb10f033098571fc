package fr.portail.application;

import java.util.List;

/**
 * A tenant changes the account his rent is debited from ("mettre à jour le RIB"): the form's
 * checks, field by field and while he types the IBAN, and the submission with the RIB document,
 * which starts the officer's validation; the officer reads the change beside the file.
 */
public interface BankDetailsService {

  /** The RIB form of one of the caller's active contracts; not found if it is not his. */
  BankDetailsForm form(Long contractId);

  /** The bank details' state of each of the caller's active contracts. */
  List<BankDetailsStatus> myBankDetails();

  /** What is wrong with the IBAN as typed (none, or one problem). */
  List<FieldProblem> checkIban(Long contractId, String iban);

  /** Every problem of the typed details, field by field; empty when they can be sent. */
  List<FieldProblem> check(Long contractId, BankDetailsInput input);

  /**
   * Sends the change with the RIB document (PDF, JPEG or PNG) and starts its validation, in one
   * transaction; {@link BankDetailsRefusedException} with every problem otherwise, and nothing is
   * stored.
   */
  RequestView submit(Long contractId, BankDetailsInput input, FileUpload ribDocument);

  /** The change of a request of the calling officer's agencies, beside the mandate on file. */
  BankDetailsReview review(Long requestId);
}
