package fr.portail.infrastructure.batch;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Reports each contract the scan skipped, with the reason, in the server's log. */
@Named
@Dependent
public class InsuranceExpirySkips implements SkipProcessListener {

  private static final Logger LOG = Logger.getLogger(InsuranceExpirySkips.class.getName());

  @Override
  public void onSkipProcessItem(Object item, Exception e) {
    LOG.warning(() -> "Recherche des assurances expirées : " + e.getMessage());
  }
}
