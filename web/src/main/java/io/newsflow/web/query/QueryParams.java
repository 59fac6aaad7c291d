package io.newsflow.web.query;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a request's query string, decoded. A parameter given twice, or one this
 * route does not know, is refused, so a typo does not silently fall back to a default.
 */
public final class QueryParams {
  private final Map<String, String> values;

  private QueryParams(Map<String, String> values) {
    this.values = values;
  }

  /**
   * The parameters of {@code uri}.
   *
   * @param known the parameters the route reads
   * @throws BadQueryException for an unknown or repeated parameter
   */
  public static QueryParams of(URI uri, Set<String> known) {
    Map<String, String> values = new LinkedHashMap<>();
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (!known.contains(name)) {
          throw new BadQueryException(
              "unknown parameter '" + name + "' (known: " + String.join(", ", known.stream()
                  .sorted().toList()) + ")");
        }
        if (values.putIfAbsent(name, value) != null) {
          throw new BadQueryException("parameter '" + name + "' given twice");
        }
      }
    }
    return new QueryParams(values);
  }

  public String get(String name, String fallback) {
    String value = values.get(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  /** An integer from {@code min} to {@code max}, or {@code fallback} when absent. */
  public int intIn(String name, int min, int max, int fallback) {
    String value = values.get(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new BadQueryException(
        name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
  }

  /** An ISO-8601 instant ({@code 2026-03-10T10:00:00Z}) or epoch milliseconds, or null. */
  public Instant instant(String name) {
    String value = values.get(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return value.chars().allMatch(Character::isDigit)
          ? Instant.ofEpochMilli(Long.parseLong(value))
          : Instant.parse(value);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new BadQueryException(
          name + " must be an instant such as 2026-03-10T10:00:00Z, not '" + value + "'");
    }
  }

  public Scope scope() {
    return Scope.parse(get("scope", Scope.ALL.label()));
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("query string is not URL-encoded properly");
    }
  }
}
