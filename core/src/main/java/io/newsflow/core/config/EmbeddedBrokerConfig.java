package io.newsflow.core.config;

/**
 * The in-process broker started when no {@code kafka.bootstrap-servers} is set.
 *
 * @param listen the address clients use, host:port; port 0 picks a free port
 */
public record EmbeddedBrokerConfig(String listen) {
  public static final String KEY = "kafka.embedded.listen";
  public static final String DEFAULT_LISTEN = "127.0.0.1:9092";

  public EmbeddedBrokerConfig {
    listen = listen == null || listen.isBlank() ? DEFAULT_LISTEN : listen.strip();
  }

  public HostPort address() {
    return HostPort.parse(KEY, listen);
  }
}
