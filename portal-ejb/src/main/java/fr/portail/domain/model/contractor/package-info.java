/**
 * The contractors (prestataires) the landlord orders interventions from: company, SIRET, trades and
 * the agencies each one serves. Their staff log in with a CONTRACTOR account tied to the company.
 */
package fr.portail.domain.model.contractor;
