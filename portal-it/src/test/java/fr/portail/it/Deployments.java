package fr.portail.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the tests deploy: always the real EAR built by portal-ear, so the tests run what
 * ships; in-container tests add a small test web module to it.
 */
public final class Deployments {

  private Deployments() {}

  /** The EAR exactly as built. */
  public static EnterpriseArchive portal() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("portal.ear")));
  }

  /**
   * The EAR plus a web module holding the given test classes, so they run inside the server with
   * the application's beans, datasource and process engine.
   */
  public static EnterpriseArchive portalWithTests(Class<?>... testClasses) {
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, "portal-tests.war")
            .addClasses(testClasses)
            .addClass(Deployments.class)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            .addAsLibraries(
                jarOf(org.assertj.core.api.Assertions.class),
                jarOf(org.awaitility.Awaitility.class),
                jarOf(org.hamcrest.Matcher.class));
    EnterpriseArchive ear = portal();
    ear.addAsModule(Testable.archiveToTest(tests));
    ear.setApplicationXML(
        new StringAsset(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
              <display-name>portal</display-name>
              <initialize-in-order>true</initialize-in-order>
              <module><ejb>portal-ejb.jar</ejb></module>
              <module><ejb>portal-workflow.jar</ejb></module>
              <module><web><web-uri>portal-web.war</web-uri><context-root>/portail</context-root></web></module>
              <module><web><web-uri>portal-tests.war</web-uri><context-root>/portal-tests</context-root></web></module>
              <library-directory>lib</library-directory>
            </application>
            """));
    return ear;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
