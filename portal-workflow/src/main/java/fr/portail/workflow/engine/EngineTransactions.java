package fr.portail.workflow.engine;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;

/**
 * The container's own transactions for the engine's commands that need one of their own.
 *
 * <p>Flowable's JTA interceptor begins, suspends and resumes transactions on the {@code
 * TransactionManager} itself. Payara enlists a connection in the transaction recorded on the
 * current component invocation, which those calls leave as it was: the connection then lands in no
 * transaction, or in a finished or suspended one, goes back to the pool while that transaction
 * still holds it, and two threads end up on one connection. A transaction begun here by the
 * container is recorded on the invocation, so the engine's connection is enlisted in it and
 * released when it ends.
 *
 * <p>Open to every caller: it runs the engine's commands, each of which is reached only through a
 * service that checks its caller.
 */
@Stateless
@PermitAll
public class EngineTransactions {

  @Resource private SessionContext context;

  /** Runs the work in the caller's transaction, or in a new one if there is none. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Outcome required(Supplier<?> work) {
    return run(work);
  }

  /** Runs the work in a new transaction, the caller's being suspended meanwhile. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome requiresNew(Supplier<?> work) {
    return run(work);
  }

  /**
   * What the work threw is handed back, not thrown: the engine's exceptions (an optimistic lock, a
   * BPMN error) must reach it as they are, not wrapped by the container; the transaction is rolled
   * back all the same.
   */
  private Outcome run(Supplier<?> work) {
    try {
      return new Outcome(work.get(), null);
    } catch (RuntimeException | Error e) {
      context.setRollbackOnly();
      return new Outcome(null, e);
    }
  }

  /** The work's result, or what it threw. */
  public record Outcome(Object result, Throwable failure) {}
}
