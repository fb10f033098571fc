package fr.portail.application;

import java.util.List;

/** Tenants send and follow requests; staff read those of their agencies. */
public interface RequestService {

  /** Sends a "demande de contact" on one of the caller's contracts; starts its process. */
  RequestView submitContactRequest(Long contractId, String subject, String message);

  /** The caller's requests, newest first. */
  List<RequestView> myRequests();

  /** One of the caller's requests by its number; not found if it is not his. */
  RequestView myRequest(String number);

  /** A request of one of the calling staff member's agencies, with its whole history. */
  RequestView requestForStaff(Long requestId);
}
