package fr.portail.it;

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
 * A browser without JavaScript: keeps cookies, follows redirects and posts Faces forms as a page
 * would (with the view state), so tests speak HTTP to the real server.
 */
public final class PortalClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public PortalClient() {
    this(
        "http://localhost:" + System.getProperty("portal.http.port", "28080") + "/portail",
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL));
  }

  public PortalClient(String base, HttpClient.Builder builder) {
    this.base = base;
    this.http = builder.cookieHandler(cookies).build();
  }

  public static String baseUrl() {
    return "http://localhost:" + System.getProperty("portal.http.port", "28080") + "/portail";
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "fr-FR").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The full id of the first form whose id ends with the suffix (forms inside repeats). */
  public static String formIdEndingWith(HttpResponse<String> page, String suffix) {
    Matcher m =
        Pattern.compile("<form id=\"([^\"]*" + Pattern.quote(suffix) + ")\"").matcher(page.body());
    if (!m.find()) {
      throw new IllegalStateException("no form ending with " + suffix + " on " + page.uri());
    }
    return m.group(1);
  }

  public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Posts the form of the page with the given fields (ids without the form prefix). */
  public HttpResponse<String> submit(
      HttpResponse<String> page, String formId, Map<String, String> fields, String button)
      throws IOException, InterruptedException {
    String html = page.body();
    Matcher state = VIEW_STATE.matcher(html);
    if (!state.find()) {
      throw new IllegalStateException("no Faces form on " + page.uri());
    }
    Matcher action =
        Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"")
            .matcher(html);
    if (!action.find()) {
      throw new IllegalStateException("no form " + formId + " on " + page.uri());
    }
    Map<String, String> data = new LinkedHashMap<>();
    data.put(formId, formId);
    data.put("jakarta.faces.ViewState", state.group(1));
    fields.forEach((k, v) -> data.put(formId + ":" + k, v));
    data.put(formId + ":" + button, "x");
    String body =
        data.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    URI target = page.uri().resolve(action.group(1).replace("&amp;", "&"));
    return http.send(
        HttpRequest.newBuilder(target)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", "fr-FR")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> login(String email, String password)
      throws IOException, InterruptedException {
    return submit(
        get("/connexion.xhtml"),
        "loginForm",
        Map.of("email", email, "password", password),
        "submit");
  }

  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** A file of a multipart form: its name, type and bytes (an empty name: no file chosen). */
  public record FilePart(String fileName, String contentType, byte[] content) {}

  /**
   * Posts the form of the page as multipart/form-data (forms with h:inputFile), with fields that
   * may repeat (check boxes) and files by field (ids without the form prefix).
   */
  public HttpResponse<String> submitMultipart(
      HttpResponse<String> page,
      String formId,
      java.util.List<Map.Entry<String, String>> fields,
      Map<String, java.util.List<FilePart>> files,
      String button)
      throws IOException, InterruptedException {
    String html = page.body();
    Matcher state = VIEW_STATE.matcher(html);
    if (!state.find()) {
      throw new IllegalStateException("no Faces form on " + page.uri());
    }
    Matcher action =
        Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"")
            .matcher(html);
    if (!action.find()) {
      throw new IllegalStateException("no form " + formId + " on " + page.uri());
    }
    String boundary = "----portail" + Long.toHexString(System.nanoTime());
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    java.util.function.BiConsumer<String, String> field =
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
    field.accept(formId, formId);
    field.accept("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
    for (Map.Entry<String, String> f : fields) {
      field.accept(formId + ":" + f.getKey(), f.getValue());
    }
    files.forEach(
        (name, parts) -> {
          for (FilePart part : parts) {
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + formId
                        + ":"
                        + name
                        + "\"; filename=\""
                        + part.fileName()
                        + "\"\r\nContent-Type: "
                        + part.contentType()
                        + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
          }
        });
    field.accept(formId + ":" + button, "x");
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    URI target = page.uri().resolve(action.group(1).replace("&amp;", "&"));
    return http.send(
        HttpRequest.newBuilder(target)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept-Language", "fr-FR")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
