/**
 * The demo's technical requests, moved along their process (portal.demo-data=true): the only demo
 * data that needs the process engine.
 */
package fr.portail.workflow.demo;
