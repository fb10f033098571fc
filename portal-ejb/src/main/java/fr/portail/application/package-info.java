/**
 * The portal's use cases as service interfaces, and the read-only views they return. Every method
 * checks the caller's role and what he may reach (a tenant his contracts, staff their agencies);
 * implementations live in {@code application.internal}.
 */
package fr.portail.application;
