package io.newsflow.core.config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Keeps secrets out of logs and toString output. */
public final class Secrets {
  private Secrets() {}

  public static boolean isSecretKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("password") || k.contains("secret") || k.contains("jaas")
        || k.contains("token") || k.endsWith(".key") || k.contains("credential");
  }

  public static Map<String, String> mask(Map<String, String> properties) {
    Map<String, String> masked = new TreeMap<>();
    properties.forEach((k, v) -> masked.put(k, isSecretKey(k) ? "****" : v));
    return masked;
  }

  public static String mask(String value) {
    return value == null || value.isEmpty() ? value : "****";
  }
}
