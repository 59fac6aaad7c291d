package io.newsflow.core.config;

import io.newsflow.core.error.ConfigException;

/**
 * A listening address written {@code host:port} ({@code [::1]:9092} for IPv6). Port 0 asks for
 * any free port.
 */
public record HostPort(String host, int port) {

  public HostPort {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("no host");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /**
   * Parses {@code value}, the setting of {@code key}.
   *
   * @throws ConfigException naming the key when the value is not host:port
   */
  public static HostPort parse(String key, String value) {
    String text = value == null ? "" : value.strip();
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new ConfigException(key + " must be host:port, e.g. 127.0.0.1:9092; got '" + text + "'");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    try {
      return new HostPort(host, Integer.parseInt(text.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key + " must be host:port with a port from 0 to 65535; got '"
          + text + "'");
    }
  }

  /** True for 0.0.0.0 and ::, which listen on every interface. */
  public boolean wildcard() {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0");
  }

  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
