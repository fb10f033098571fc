/**
 * A tenant's request (demande): what was asked, on which contract, its steps as the tenant reads
 * them, and the outcome. Submitting one raises {@link
 * fr.portail.domain.model.request.RequestSubmitted}.
 */
package fr.portail.domain.model.request;
