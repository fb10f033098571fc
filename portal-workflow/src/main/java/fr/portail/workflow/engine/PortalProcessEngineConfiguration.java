package fr.portail.workflow.engine;

import org.flowable.common.engine.impl.el.DefaultExpressionManager;
import org.flowable.common.engine.impl.javax.el.ELResolver;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;

/**
 * The JTA configuration whose expressions resolve {@code @Named} CDI beans, so that BPMN files
 * reference delegates with {@code flowable:delegateExpression="${beanName}"} (what flowable-cdi did
 * before Jakarta).
 */
class PortalProcessEngineConfiguration extends JtaProcessEngineConfiguration {

  private final transient ELResolver beanResolver;

  PortalProcessEngineConfiguration(ELResolver beanResolver) {
    this.beanResolver = beanResolver;
  }

  @Override
  public void initExpressionManager() {
    super.initExpressionManager();
    ((DefaultExpressionManager) expressionManager).setBeanResolver(beanResolver);
  }
}
