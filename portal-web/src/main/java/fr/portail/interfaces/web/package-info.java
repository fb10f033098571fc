/** What every page shares: the French/English bundle, messages next to fields, formatting. */
package fr.portail.interfaces.web;
