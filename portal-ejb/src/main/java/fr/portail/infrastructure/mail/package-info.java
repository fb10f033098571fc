/**
 * Outgoing e-mail: the application's mail session (SMTP host and port from MicroProfile Config),
 * French templates, and the outbox: e-mails are queued in the use case's transaction and sent after
 * it commits by a background dispatcher that retries when the SMTP server does not answer.
 */
package fr.portail.infrastructure.mail;
