/**
 * A tenant's change of bank details (RIB) for the direct debit of his rent: the new account checked
 * as it is typed (IBAN, BIC, holder), the officer's decision, and the amendment of the SEPA mandate
 * (same unique mandate reference, new account) from the first debit day that leaves the 14 days of
 * pre-notification.
 */
package fr.portail.domain.model.bank;
