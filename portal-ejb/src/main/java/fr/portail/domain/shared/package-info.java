/**
 * Value objects shared by several aggregates, each checking its input in its constructor, and the
 * working-day calendar (public holidays, office hours) that deadlines are counted in.
 */
package fr.portail.domain.shared;
