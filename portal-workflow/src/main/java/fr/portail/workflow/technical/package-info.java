/**
 * Delegates of the {@code technicalRequest} process: the caretaker's triage, the intervention
 * ordered from a contractor, the tenant's confirmation, the deadlines escalated to the technical
 * manager and the tenant's complements passed to whoever works the request. Each delegate applies
 * its step through {@link fr.portail.application.TechnicalProcessing}.
 */
package fr.portail.workflow.technical;
