/**
 * Delegates of the {@code insuranceRenewal} process: the deadlines of the reminders and of the
 * formal notice, the requests and reminders to the tenant, the officer's decisions on each
 * attestation and the insurance taken out on the tenant's behalf.
 */
package fr.portail.workflow.insurance;
