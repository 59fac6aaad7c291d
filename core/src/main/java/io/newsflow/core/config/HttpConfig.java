package io.newsflow.core.config;

/**
 * The HTTP address every long-running Newsflow process serves {@code /metrics} and {@code
 * /health/*} on.
 *
 * @param listen host:port, or empty / {@code off} for no HTTP server
 */
public record HttpConfig(String listen) {
  public static final String KEY = "http.listen";

  public boolean enabled() {
    return listen != null && !listen.isBlank() && !listen.strip().equalsIgnoreCase("off");
  }

  /** The parsed address; only when {@link #enabled()}. */
  public HostPort address() {
    return HostPort.parse(KEY, listen);
  }

  public HttpConfig withListen(String value) {
    return new HttpConfig(value);
  }
}
