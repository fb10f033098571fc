/**
 * Delegates of the {@code contactRequest} process: a customer officer of the tenant's agency
 * answers a "demande de contact"; the answer closes the request.
 */
package fr.portail.workflow.contact;
