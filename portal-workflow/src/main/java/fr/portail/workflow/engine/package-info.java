/**
 * The embedded process engine: one per application, on the container's transaction manager and the
 * application's datasource, with async executor threads from the container.
 */
package fr.portail.workflow.engine;
