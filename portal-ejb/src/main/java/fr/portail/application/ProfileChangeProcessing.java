package fr.portail.application;

/**
 * What the {@code profileChange} process does to a proposal: apply it on approval, or leave the
 * file untouched on a refusal or an expiry; each closes the request, the tenant told by e-mail.
 * Called only by the process engine (role SYSTEM); the actor is the account that decided, null for
 * a timer.
 */
public interface ProfileChangeProcessing {

  /** Applies the proposed change to the file and closes the request as approved. */
  void approve(Long requestId, Long actorId);

  /** Closes the request as refused with the reason the tenant reads; the file is unchanged. */
  void reject(Long requestId, String reason, Long actorId);

  /** Closes the request: the document asked for did not come in time; the file is unchanged. */
  void expire(Long requestId);
}
