/**
 * Leases (baux): the contract with its file number and client reference, the persons of the
 * household (signatories and occupants) and the account ledger.
 */
package fr.portail.domain.model.contract;
