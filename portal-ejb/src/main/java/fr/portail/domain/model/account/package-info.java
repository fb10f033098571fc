/** Portal users: a login, a password hash, roles, the agencies a staff member works for. */
package fr.portail.domain.model.account;
