/**
 * Jakarta Security for the portal: form login on the portal's own accounts, the session rules and
 * the security headers on every response.
 */
package fr.portail.interfaces.security;
