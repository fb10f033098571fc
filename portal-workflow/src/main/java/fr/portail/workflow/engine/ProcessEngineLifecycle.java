package fr.portail.workflow.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * Builds the application's process engine at deployment, after the portal's migrations, and closes
 * it at undeployment.
 *
 * <p>Flowable's tables are created deliberately, before the engine starts: schema creation does not
 * work under the JTA configuration (flowable-engine #3911), so a short-lived standalone
 * configuration on the same datasource, outside any transaction, creates or upgrades them. The
 * engine proper then runs with {@code databaseSchemaUpdate=false} and joins the container's
 * transactions.
 */
@Singleton
@Startup
@DependsOn("portal-ejb.jar#DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineLifecycle {

  private static final Logger LOG = Logger.getLogger(ProcessEngineLifecycle.class.getName());

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  @Resource(lookup = "java:appserver/TransactionManager")
  private TransactionManager transactionManager;

  @Resource private ManagedThreadFactory threadFactory;

  @Inject private BeanManager beanManager;

  @Inject private AsProcessEngine asProcessEngine;

  @Inject private EngineTransactions transactions;

  @Inject
  @ConfigProperty(name = "portal.workflow.async-executor", defaultValue = "true")
  private boolean asyncExecutorActive;

  private ProcessEngine engine;

  @PostConstruct
  void start() {
    long started = System.nanoTime();
    createOrUpgradeSchema();
    PortalProcessEngineConfiguration configuration =
        new PortalProcessEngineConfiguration(new CdiBeanElResolver(beanManager), transactions);
    configuration.setTransactionManager(transactionManager);
    configuration.setDataSource(dataSource);
    configuration.setTransactionsExternallyManaged(true);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setEngineName("portal");
    configuration.setHistoryLevel(HistoryLevel.AUDIT);
    configuration.setDisableIdmEngine(true);
    configuration.setDisableEventRegistry(true);
    configuration.setAsyncExecutorThreadFactory(threadFactory);
    configuration.setAsyncExecutorActivate(asyncExecutorActive);
    configuration.setClassLoader(ProcessEngineLifecycle.class.getClassLoader());
    configuration.setDelegateInterceptor(new ProcessEngineIdentity(asProcessEngine));
    configuration.setTypedEventListeners(InboxIndexer.registration());
    engine = configuration.buildProcessEngine();
    new BpmnDeployer(engine.getRepositoryService()).deployAll();
    LOG.info(
        () ->
            "Moteur de processus démarré en " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  private void createOrUpgradeSchema() {
    StandaloneProcessEngineConfiguration schema = new StandaloneProcessEngineConfiguration();
    schema.setDataSource(dataSource);
    schema.setEngineName("portal-schema");
    schema.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    schema.setHistoryLevel(HistoryLevel.AUDIT);
    schema.setDisableIdmEngine(true);
    schema.setDisableEventRegistry(true);
    schema.setAsyncExecutorActivate(false);
    schema.setClassLoader(ProcessEngineLifecycle.class.getClassLoader());
    schema.buildProcessEngine().close();
  }

  @PreDestroy
  void stop() {
    if (engine != null) {
      engine.close();
    }
  }

  @Lock(LockType.READ)
  public ProcessEngine engine() {
    return engine;
  }
}
