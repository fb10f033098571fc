/** The application's own datasource and the Flyway migrations run at deployment. */
package fr.portail.infrastructure.database;
