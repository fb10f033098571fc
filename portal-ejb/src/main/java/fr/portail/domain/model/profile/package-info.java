/**
 * Changes of a tenant's file proposed from the portal (phones, contact e-mail, CAF number, the
 * household's occupants): stored as a {@link fr.portail.domain.model.profile.ProfileChangeProposal}
 * beside its request, applied to the file only when a customer officer approves it.
 */
package fr.portail.domain.model.profile;
