package fr.portail.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every response: no MIME sniffing, no framing by another site, no referrer leaking
 * identifiers, and HSTS once the request came over HTTPS.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
    response.setHeader("Referrer-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(request, response);
  }
}
