package fr.portail.infrastructure.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/**
 * Opens the renewal of each contract of the chunk and starts its process, in the chunk's
 * transaction: a failure undoes the whole chunk, which a restart does again.
 */
@Named
@Dependent
public class InsuranceExpiryWriter extends AbstractItemWriter {

  private static final Logger LOG = Logger.getLogger(InsuranceExpiryWriter.class.getName());

  @Inject private LandlordActions landlord;

  @Override
  public void writeItems(List<Object> items) {
    for (Object item : items) {
      Long contractId = (Long) item;
      Long requestId = landlord.openRenewal(contractId);
      if (requestId == null) {
        LOG.info(() -> "Contrat " + contractId + " : un renouvellement vient d'être ouvert.");
      }
    }
  }
}
