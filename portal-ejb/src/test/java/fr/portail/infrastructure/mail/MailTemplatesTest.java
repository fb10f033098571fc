package fr.portail.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  @Test
  void fillsTheFrenchTemplatesAndEscapesValuesInHtml() {
    MailTemplates.Rendered mail =
        MailTemplates.render(
            "account-confirmation",
            Map.of("name", "<script>alert(1)</script> Élodie", "link", "https://x/c?jeton=abc"));

    assertThat(mail.subject()).isEqualTo("Confirmez la création de votre compte Portail Locataire");
    assertThat(mail.text())
        .contains("Bonjour <script>alert(1)</script> Élodie,")
        .contains("https://x/c?jeton=abc")
        .doesNotContain("Subject:");
    assertThat(mail.html())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; Élodie")
        .doesNotContain("<script>")
        .contains("href=\"https://x/c?jeton=abc\"");
  }

  @Test
  void everyTemplateRendersWithItsValues() {
    Map<String, String> values = Map.of("name", "A", "link", "L", "login", "a@b.fr");
    for (String name : new String[] {"account-confirmation", "account-exists", "password-reset"}) {
      MailTemplates.Rendered mail = MailTemplates.render(name, values);
      assertThat(mail.subject()).isNotBlank();
      assertThat(mail.text()).doesNotContain("{{");
      assertThat(mail.html()).startsWith("<!DOCTYPE html>").doesNotContain("{{");
    }
  }
}
