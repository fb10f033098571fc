/**
 * Demo data that needs the process engine (requests waiting in the inbox, their processes started),
 * loaded after the portal's own demo data when {@code portal.demo-data} is true.
 */
package fr.portail.workflow.demo;
