package fr.portail.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;

/**
 * Deploys each BPMN file of {@code bpmn/} as its own deployment named after its process key, with
 * duplicate filtering: an unchanged file is not deployed again, a changed one becomes a new version
 * of its process only.
 */
public class BpmnDeployer {

  /** The process keys shipped with the portal; each is {@code bpmn/<key>.bpmn20.xml}. */
  public static final List<String> PROCESS_KEYS =
      List.of(
          "contactRequest",
          "profileChange",
          "insuranceRenewal",
          "bankDetailsChange",
          "technicalRequest");

  private static final Logger LOG = Logger.getLogger(BpmnDeployer.class.getName());

  private final RepositoryService repository;

  public BpmnDeployer(RepositoryService repository) {
    this.repository = repository;
  }

  public void deployAll() {
    for (String key : PROCESS_KEYS) {
      String resource = "bpmn/" + key + ".bpmn20.xml";
      try (InputStream in = BpmnDeployer.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("BPMN manquant : " + resource);
        }
        Deployment deployment =
            repository
                .createDeployment()
                .name(key)
                .key(key)
                .addInputStream(key + ".bpmn20.xml", in)
                .enableDuplicateFiltering()
                .deploy();
        LOG.fine(() -> "Processus " + key + " : déploiement " + deployment.getId());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
