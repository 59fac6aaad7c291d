package io.newsflow.core.config;

import java.nio.file.Path;

/**
 * The whole configuration, parsed once at start-up by {@link ConfigLoader}.
 *
 * @param instanceId the stable name of this installation in consumer groups ({@code
 *     group.instance.id}); filled in by the loader from the host name and the data directory
 *     when not configured
 */
public record NewsflowConfig(
    Path dataDir, KafkaClientConfig kafka, IngestConfig ingest, EnrichConfig enrich,
    SinkConfig sink, HttpConfig http, String instanceId, WebConfig web) {

  public NewsflowConfig {
    http = http == null ? new HttpConfig("") : http;
    web = web == null ? new WebConfig(false, 500, null) : web;
    instanceId = instanceId == null ? "" : instanceId;
  }

  /** True when no external cluster is configured and the in-process broker must be started. */
  public boolean embeddedBroker() {
    return kafka.bootstrapServers() == null || kafka.bootstrapServers().isBlank();
  }

  public NewsflowConfig withBootstrapServers(String bootstrapServers) {
    return new NewsflowConfig(
        dataDir, kafka.withBootstrapServers(bootstrapServers), ingest, enrich, sink, http,
        instanceId, web);
  }

  public NewsflowConfig withIngest(IngestConfig ingest) {
    return new NewsflowConfig(dataDir, kafka, ingest, enrich, sink, http, instanceId, web);
  }

  public NewsflowConfig withSink(SinkConfig sink) {
    return new NewsflowConfig(dataDir, kafka, ingest, enrich, sink, http, instanceId, web);
  }

  public NewsflowConfig withEnrich(EnrichConfig enrich) {
    return new NewsflowConfig(dataDir, kafka, ingest, enrich, sink, http, instanceId, web);
  }

  public NewsflowConfig withWeb(WebConfig web) {
    return new NewsflowConfig(dataDir, kafka, ingest, enrich, sink, http, instanceId, web);
  }

  public NewsflowConfig withHttp(HttpConfig http) {
    return new NewsflowConfig(dataDir, kafka, ingest, enrich, sink, http, instanceId, web);
  }
}
