package fr.portail.workflow.engine;

import org.flowable.engine.impl.delegate.invocation.DelegateInvocation;
import org.flowable.engine.impl.interceptor.DelegateInterceptor;

/** Makes every delegate and listener invocation of the engine run as {@link AsProcessEngine}. */
class ProcessEngineIdentity implements DelegateInterceptor {

  private final AsProcessEngine asProcess;

  ProcessEngineIdentity(AsProcessEngine asProcess) {
    this.asProcess = asProcess;
  }

  @Override
  public void handleInvocation(DelegateInvocation invocation) {
    RuntimeException failure = asProcess.run(invocation::proceed);
    if (failure != null) {
      throw failure;
    }
  }
}
