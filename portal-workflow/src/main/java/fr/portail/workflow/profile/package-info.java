/**
 * Delegates of the {@code profileChange} process: a customer officer of the tenant's agency checks
 * a proposed change of the tenant's file and approves it (applied to the file), refuses it with a
 * reason, or asks for a supporting document, which the process waits for with a reminder and an
 * expiry.
 */
package fr.portail.workflow.profile;
