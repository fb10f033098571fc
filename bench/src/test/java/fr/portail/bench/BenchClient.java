package fr.portail.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's session on the portal: logs in through the portal's own login page (the Faces form,
 * its view state, the portal's identity store), then calls the benchmark's probes with that
 * session, as the user.
 */
final class BenchClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** Calls refused with 403 to a logged-in caller, then made again (see {@link #call}). */
  static final java.util.concurrent.atomic.AtomicInteger REFUSED =
      new java.util.concurrent.atomic.AtomicInteger();

  private final String base;
  private final HttpClient http;

  private BenchClient(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            // One connection per call in flight: a long probe call never shares an HTTP/2 session.
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .cookieHandler(new CookieManager())
            .build();
  }

  /** A session of this user, logged in; fails if the portal did not let him in. */
  static BenchClient loggedIn(String email, String password)
      throws IOException, InterruptedException {
    BenchClient client =
        new BenchClient(
            "http://localhost:" + System.getProperty("portal.http.port", "32080") + "/portail");
    HttpResponse<String> page = client.send(HttpRequest.newBuilder(client.uri("/connexion.xhtml")));
    Matcher state = VIEW_STATE.matcher(page.body());
    Matcher action =
        Pattern.compile("<form id=\"loginForm\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
    if (!state.find() || !action.find()) {
      throw new IllegalStateException("no login form on " + page.uri());
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("loginForm", "loginForm");
    form.put("jakarta.faces.ViewState", state.group(1));
    form.put("loginForm:email", email);
    form.put("loginForm:password", password);
    form.put("loginForm:submit", "x");
    HttpResponse<String> after =
        client.send(
            HttpRequest.newBuilder(page.uri().resolve(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    if (after.uri().getPath().endsWith("/connexion.xhtml")) {
      throw new IllegalStateException("login refused for " + email);
    }
    return client;
  }

  /** Calls a probe; its answer, "key=value key=value…", as a map. */
  Map<String, String> call(String method, String path, Map<String, Object> parameters)
      throws IOException, InterruptedException {
    String query =
        parameters.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(String.valueOf(e.getValue())))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response;
    int attempts = 0;
    do {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path + "?" + query));
      if (method.equals("POST")) {
        request.POST(HttpRequest.BodyPublishers.noBody());
      }
      response = send(request);
      attempts++;
      // Payara loses now and then the groups of a session's caller under concurrent requests
      // (payara/Payara#6145): the container refuses the request before the probe runs, so nothing
      // was done and the call is made again, and counted.
      if (response.statusCode() == 403 && attempts < 10) {
        REFUSED.incrementAndGet();
      }
    } while (response.statusCode() == 403 && attempts < 10);
    boolean answered =
        response.statusCode() == 200
            && response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain");
    if (!answered) {
      throw new IllegalStateException(
          path
              + " answered "
              + response.statusCode()
              + " from "
              + response.uri()
              + " (see the server's log)");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : response.body().strip().split(" ")) {
      int eq = pair.indexOf('=');
      values.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return values;
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(
        request.header("Accept-Language", "fr-FR").build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
