package io.newsflow.core.config;

import java.nio.file.Path;

/** The whole configuration, parsed once at start-up by {@link ConfigLoader}. */
public record NewsflowConfig(
    Path dataDir, KafkaClientConfig kafka, IngestConfig ingest, EnrichConfig enrich,
    SinkConfig sink) {

  /** True when no external cluster is configured and the in-process broker must be started. */
  public boolean embeddedBroker() {
    return kafka.bootstrapServers() == null || kafka.bootstrapServers().isBlank();
  }

  public NewsflowConfig withBootstrapServers(String bootstrapServers) {
    return new NewsflowConfig(
        dataDir, kafka.withBootstrapServers(bootstrapServers), ingest, enrich, sink);
  }

  public NewsflowConfig withIngest(IngestConfig ingest) {
    return new NewsflowConfig(dataDir, kafka, ingest, enrich, sink);
  }

  public NewsflowConfig withSink(SinkConfig sink) {
    return new NewsflowConfig(dataDir, kafka, ingest, enrich, sink);
  }

  public NewsflowConfig withEnrich(EnrichConfig enrich) {
    return new NewsflowConfig(dataDir, kafka, ingest, enrich, sink);
  }
}
