/** The tenant's pages (/locataire/…): his file, his balance, his requests. */
package fr.portail.interfaces.tenant.web;
