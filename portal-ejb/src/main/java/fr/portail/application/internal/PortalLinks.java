package fr.portail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the links put in e-mails from the portal's public address (PORTAL_PUBLIC_URL), never from
 * the request's Host header, which a caller could forge to send a victim a link to his own site.
 */
@ApplicationScoped
class PortalLinks {

  @Inject
  @ConfigProperty(name = "portal.public.url", defaultValue = "http://localhost:8080/portail")
  String publicUrl;

  String page(String path) {
    return strip(publicUrl) + path;
  }

  String withToken(String path, String secret) {
    return page(path) + "?jeton=" + secret;
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
