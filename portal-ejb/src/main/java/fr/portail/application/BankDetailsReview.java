package fr.portail.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the officer compares to the RIB document: each detail on file beside the new one, the
 * changed ones marked. The new IBAN is shown in full (to read it against the document), the one on
 * file masked: deciding needs only to see that it changes.
 *
 * @param effectiveFromIfApprovedToday the first debit on the new account if approved now
 * @param holderIsSignatory whether the new holder is one of the lease's signatories (otherwise a
 *     third party pays: the officer checks the document names him)
 */
public record BankDetailsReview(
    Long requestId,
    String status,
    String mandateReference,
    Integer directDebitDay,
    List<Row> rows,
    LocalDate effectiveFromIfApprovedToday,
    LocalDate effectiveFrom,
    boolean holderIsSignatory)
    implements Serializable {

  public boolean pending() {
    return "PENDING".equals(status);
  }

  /** One detail: its label key (bundle "rib"), on file, asked for, and whether it changes. */
  public record Row(String labelKey, String current, String proposed, boolean changed)
      implements Serializable {}
}
