package fr.portail.workflow;

import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Which tasks the inbox shows: by holder (all, mine, unclaimed), process, task, agency, residence,
 * tenant (part of the name or the request number), due date and minimum priority. Null or blank
 * criteria do not filter. Written as a query string to be saved under a name.
 */
public record InboxFilter(
    Scope scope,
    String processKey,
    String taskKey,
    String agencyCode,
    Long residenceId,
    String tenant,
    Due due,
    Integer minPriority)
    implements Serializable {

  /** Longest tenant text searched for. */
  public static final int TENANT_MAX = 100;

  /** Which tasks, by who holds them. */
  public enum Scope {
    ALL,
    MINE,
    UNCLAIMED
  }

  /** Which tasks, by their due date. */
  public enum Due {
    ANY,
    LATE,
    TODAY,
    WEEK,
    NONE
  }

  public InboxFilter {
    scope = scope == null ? Scope.ALL : scope;
    due = due == null ? Due.ANY : due;
    processKey = blankToNull(processKey);
    taskKey = blankToNull(taskKey);
    agencyCode = blankToNull(agencyCode);
    tenant = blankToNull(tenant);
    if (tenant != null && tenant.length() > TENANT_MAX) {
      tenant = tenant.substring(0, TENANT_MAX);
    }
  }

  public static InboxFilter all() {
    return new InboxFilter(Scope.ALL, null, null, null, null, null, Due.ANY, null);
  }

  /** This filter as a query string ("scope=MINE&process=profileChange"), defaults left out. */
  public String toQueryString() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("scope", scope == Scope.ALL ? null : scope);
    values.put("process", processKey);
    values.put("task", taskKey);
    values.put("agency", agencyCode);
    values.put("residence", residenceId);
    values.put("tenant", tenant);
    values.put("due", due == Due.ANY ? null : due);
    values.put("priority", minPriority);
    StringJoiner query = new StringJoiner("&");
    values.forEach(
        (name, value) -> {
          if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
          }
        });
    return query.toString();
  }

  /** The filter a query string describes; unknown or malformed parts are ignored. */
  public static InboxFilter parse(String queryString) {
    Map<String, String> values = new LinkedHashMap<>();
    if (queryString != null) {
      for (String part : queryString.split("&")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          values.put(
              part.substring(0, eq),
              URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return new InboxFilter(
        enumOf(Scope.class, values.get("scope")),
        values.get("process"),
        values.get("task"),
        values.get("agency"),
        longOf(values.get("residence")),
        values.get("tenant"),
        enumOf(Due.class, values.get("due")),
        intOf(values.get("priority")));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    try {
      return value == null ? null : Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Long longOf(String value) {
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer intOf(String value) {
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
