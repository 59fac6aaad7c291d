package io.newsflow.app.health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of a health endpoint: {@code UP} when every check passed, else {@code DOWN}, with
 * each check's name and {@code "ok"} or its problem.
 */
public record HealthReport(String status, Map<String, String> checks) {
  public static final String UP = "UP";
  public static final String DOWN = "DOWN";
  static final String OK = "ok";

  public HealthReport {
    checks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checks));
  }

  public boolean up() {
    return UP.equals(status);
  }
}
