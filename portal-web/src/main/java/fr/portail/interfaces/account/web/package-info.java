/** Logging in and out. */
package fr.portail.interfaces.account.web;
