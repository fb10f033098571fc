package fr.portail.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** "Mes documents" for one contract: receipts, rent notices and the paperless subscription. */
public record DocumentsView(
    Long contractId,
    String fileNumber,
    Instant paperlessSince,
    List<Document> receipts,
    List<Document> rentNotices)
    implements Serializable {

  public boolean paperless() {
    return paperlessSince != null;
  }

  /** A downloadable document of a month. */
  public record Document(Long id, YearMonth month) implements Serializable {}
}
