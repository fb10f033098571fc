package fr.portail.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InsuranceFormalNoticeMailTest {

  @Test
  void theFormalNoticeSaysWhenAndWhatTheLandlordMayDoWithTheLinks() {
    MailTemplates.Rendered mail =
        MailTemplates.render(
            "insurance-formal-notice",
            Map.of(
                "name", "Martine DUPONT",
                "number", "1000042",
                "fileNumber", "0123456789",
                "servedOn", "13/04/2026",
                "deadline", "13/05/2026",
                "link", "https://portail/locataire/assurance.xhtml",
                "requestLink", "https://portail/locataire/demande.xhtml?numero=1000042"));

    assertThat(mail.subject())
        .isEqualTo("Mise en demeure : attestation d'assurance habitation (dossier n° 0123456789)");
    assertThat(mail.text())
        .contains("Bonjour Martine DUPONT,")
        .contains("nous vous mettons en demeure, le 13/04/2026")
        .contains("à partir du 13/05/2026")
        .contains("majoré de 10 % au plus", "par douzièmes avec votre loyer")
        .contains("article 7 g")
        .contains("https://portail/locataire/assurance.xhtml")
        .contains("https://portail/locataire/demande.xhtml?numero=1000042")
        .doesNotContain("{{");
    assertThat(mail.html())
        .startsWith("<!DOCTYPE html>")
        .contains("href=\"https://portail/locataire/assurance.xhtml\"")
        .doesNotContain("{{");
  }
}
