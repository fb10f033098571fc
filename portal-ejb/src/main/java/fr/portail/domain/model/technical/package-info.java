/**
 * Reference data of technical requests: the categories a tenant chooses from, the trade that
 * repairs each, the urgency and its response deadlines, and the upkeep guidance (décret n° 87-712)
 * shown before sending. Every label is a key of the {@link TechnicalTexts} bundle.
 */
package fr.portail.domain.model.technical;
