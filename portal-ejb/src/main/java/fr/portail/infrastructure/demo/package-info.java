/** Demo data for the run command (portal.demo-data=true); tests create their own data. */
package fr.portail.infrastructure.demo;
