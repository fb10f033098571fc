package fr.portail.infrastructure.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The e-mails' texts: {@code /mail/<name>.txt} (first line "Subject: …", then the text body) and
 * {@code /mail/<name>.html}, with {@code {{placeholder}}} replaced by values; values are
 * HTML-escaped in the HTML part, so a name typed with markup shows as text.
 */
public final class MailTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)\\}\\}");

  private MailTemplates() {}

  /** Subject, text body and HTML body of a rendered template. */
  public record Rendered(String subject, String text, String html) {}

  public static Rendered render(String template, Map<String, String> values) {
    String text = fill(read(template + ".txt"), values, false);
    String html = fill(read(template + ".html"), values, true);
    int eol = text.indexOf('\n');
    String first = text.substring(0, eol).strip();
    if (!first.startsWith("Subject:")) {
      throw new IllegalStateException("template " + template + " must start with Subject:");
    }
    return new Rendered(
        first.substring("Subject:".length()).strip(), text.substring(eol + 1).stripLeading(), html);
  }

  static String fill(String template, Map<String, String> values, boolean html) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for " + m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(html ? escape(value) : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  public static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The templates read once: they ship in the application and never change while it runs. */
  private static final java.util.concurrent.ConcurrentMap<String, String> TEMPLATES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String read(String name) {
    return TEMPLATES.computeIfAbsent(name, MailTemplates::load);
  }

  private static String load(String name) {
    try (InputStream in = MailTemplates.class.getResourceAsStream("/mail/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no mail template " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
