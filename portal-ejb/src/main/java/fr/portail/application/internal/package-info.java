/** {@code @Stateless} implementations of the application services. */
package fr.portail.application.internal;
