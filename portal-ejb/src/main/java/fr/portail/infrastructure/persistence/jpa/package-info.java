/** JPA implementations of the domain repositories, on the application's persistence unit. */
package fr.portail.infrastructure.persistence.jpa;
