/** Value objects shared by several aggregates; each checks its input in its constructor. */
package fr.portail.domain.shared;
