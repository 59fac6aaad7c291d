package io.newsflow.core.config;

import java.time.Duration;
import java.util.List;

/** The enrich stage: its Kafka Streams application and analysis limits. */
public record EnrichConfig(
    String applicationId,
    int threads,
    Duration commitInterval,
    Duration dedupRetention,
    int maxChars,
    List<String> languages) {

  public EnrichConfig {
    languages = languages == null ? List.of("en") : List.copyOf(languages);
    if (threads < 1) {
      throw new IllegalArgumentException("enrich.threads must be at least 1");
    }
    if (maxChars < 1000) {
      throw new IllegalArgumentException("enrich.max-chars must be at least 1000");
    }
  }
}
