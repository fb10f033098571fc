/**
 * Everything that knows Flowable. The rest of the portal talks to the processes through this
 * package's façade ({@link fr.portail.workflow.TaskInbox}) in its own types; a submitted request (a
 * domain event) is turned into a process start here, in the submitting transaction.
 */
package fr.portail.workflow;
