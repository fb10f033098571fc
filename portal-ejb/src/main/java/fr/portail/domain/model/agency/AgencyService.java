package fr.portail.domain.model.agency;

/** The agency contacts a tenant may reach, as on "Nous contacter". */
public enum AgencyService {
  CUSTOMER_OFFICER,
  BILLING,
  LITIGATION,
  COMMERCIAL_LEASES
}
