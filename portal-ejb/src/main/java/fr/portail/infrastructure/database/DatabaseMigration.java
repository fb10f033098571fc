package fr.portail.infrastructure.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Declares the EAR's own JTA datasource and brings the portal's schema up to date at deployment,
 * before any other bean uses it.
 *
 * <p>The datasource (PostgreSQL driver shipped in the EAR) is shared by JPA and Flowable, so that a
 * domain change and its process step commit or roll back together. URL, user and password come from
 * MicroProfile Config: environment variables PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD or
 * the matching system properties; the defaults point to the local database "portal".
 *
 * <p>The migration runs outside a container transaction: Flyway manages its own.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATASOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=portal.db.url:jdbc:postgresql://localhost:5432/portal}",
    user = "${MPCONFIG=portal.db.user:postgres}",
    password = "${MPCONFIG=portal.db.password:}",
    minPoolSize = 2,
    maxPoolSize = 40,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  /** JNDI name of the portal's datasource, for JPA and the process engine. */
  public static final String DATASOURCE = "java:app/jdbc/portal";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .table("portal_schema_history")
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schéma du portail à jour (version "
                + result.targetSchemaVersion
                + ", "
                + result.migrationsExecuted
                + " migration(s) appliquée(s))");
  }
}
