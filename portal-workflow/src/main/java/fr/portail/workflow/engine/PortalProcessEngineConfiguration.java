package fr.portail.workflow.engine;

import org.flowable.common.engine.impl.el.DefaultExpressionManager;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.flowable.common.engine.impl.javax.el.ELResolver;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;

/**
 * The JTA configuration whose expressions resolve {@code @Named} CDI beans, so that BPMN files
 * reference delegates with {@code flowable:delegateExpression="${beanName}"} (what flowable-cdi did
 * before Jakarta), and whose commands get their transactions from the container ({@link
 * ContainerTransactionInterceptor}).
 */
class PortalProcessEngineConfiguration extends JtaProcessEngineConfiguration {

  private final transient ELResolver beanResolver;
  private final transient EngineTransactions transactions;

  PortalProcessEngineConfiguration(ELResolver beanResolver, EngineTransactions transactions) {
    this.beanResolver = beanResolver;
    this.transactions = transactions;
  }

  @Override
  public CommandInterceptor createTransactionInterceptor() {
    return new ContainerTransactionInterceptor(transactionManager, transactions);
  }

  @Override
  public void initExpressionManager() {
    super.initExpressionManager();
    ((DefaultExpressionManager) expressionManager).setBeanResolver(beanResolver);
  }
}
