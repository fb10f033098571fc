package fr.portail.workflow.engine;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.cfg.TransactionPropagation;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;

/**
 * Flowable's transaction interceptor, with the transactions the engine needs begun by the container
 * ({@link EngineTransactions}) rather than on the transaction manager: a command joins the
 * transaction under way, if any; one that needs a transaction and finds none, or needs a new one,
 * gets it from an EJB method; one that supports none runs as it is.
 */
final class ContainerTransactionInterceptor extends AbstractCommandInterceptor {

  private final TransactionManager transactionManager;
  private final EngineTransactions transactions;

  ContainerTransactionInterceptor(
      TransactionManager transactionManager, EngineTransactions transactions) {
    this.transactionManager = transactionManager;
    this.transactions = transactions;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
    TransactionPropagation propagation = config.getTransactionPropagation();
    if (propagation == TransactionPropagation.NOT_SUPPORTED
        || propagation == TransactionPropagation.REQUIRED && transactionUnderWay()) {
      return next.execute(config, command, commandExecutor);
    }
    Supplier<T> work = () -> next.execute(config, command, commandExecutor);
    EngineTransactions.Outcome outcome =
        propagation == TransactionPropagation.REQUIRES_NEW
            ? transactions.requiresNew(work)
            : transactions.required(work);
    if (outcome.failure() instanceof RuntimeException e) {
      throw e;
    }
    if (outcome.failure() instanceof Error e) {
      throw e;
    }
    return (T) outcome.result();
  }

  private boolean transactionUnderWay() {
    try {
      return transactionManager.getStatus() != Status.STATUS_NO_TRANSACTION;
    } catch (SystemException e) {
      throw new FlowableException("état de la transaction illisible", e);
    }
  }
}
