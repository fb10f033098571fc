/**
 * JPA implementations of the domain repositories, on the application's persistence unit. They are
 * {@code @Stateless} so the persistence unit is always resolved in this module's environment,
 * whichever module calls them, and they join the caller's transaction.
 */
package fr.portail.infrastructure.persistence.jpa;
