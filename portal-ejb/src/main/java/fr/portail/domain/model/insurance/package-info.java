/**
 * Home insurance renewals (loi 89-462, art. 7 g): the attestations a tenant sends for a housing
 * contract, each checked by a customer officer, and, when none comes after a formal notice, the
 * insurance the landlord takes out on the tenant's behalf with its premium recovered in twelfths.
 */
package fr.portail.domain.model.insurance;
