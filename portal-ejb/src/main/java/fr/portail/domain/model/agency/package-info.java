/** The landlord's reference data: agencies, their residences with a caretaker, and the units. */
package fr.portail.domain.model.agency;
