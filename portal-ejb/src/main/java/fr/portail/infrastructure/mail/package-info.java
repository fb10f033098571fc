/**
 * Outgoing e-mail: the application's mail session (SMTP host and port from MicroProfile Config),
 * French templates, and the observer that sends only once the transaction has committed.
 */
package fr.portail.infrastructure.mail;
