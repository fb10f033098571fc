/**
 * Delegates of the {@code bankDetailsChange} process: a customer officer of the tenant's agency
 * checks the new RIB against its document and approves it (the SEPA mandate is amended from the
 * first debit day at least 14 days away, and the tenant told the date) or refuses it with a reason.
 */
package fr.portail.workflow.bank;
