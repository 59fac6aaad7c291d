package io.newsflow.app.cli;

import io.newsflow.core.config.ConfigLoader;
import io.newsflow.core.config.NewsflowConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command that reads the configuration shares. */
public final class ConfigOptions {
  @Option(names = "--config", paramLabel = "FILE",
      description = "YAML configuration file; keys as in newsflow-defaults.yaml.")
  Path configFile;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Local state: the embedded broker, JSON Lines files (default: newsflow-data).")
  Path dataDir;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...",
      description = "An existing Kafka cluster; no broker is started then.")
  String bootstrapServers;

  @Option(names = {"-X", "--kafka-property"}, paramLabel = "KEY=VALUE",
      description = "Kafka client property passed to every client, e.g. -X security.protocol=SSL.")
  Map<String, String> kafkaProperties = new LinkedHashMap<>();

  @Option(names = "--http", paramLabel = "HOST:PORT",
      description = "Where to serve /metrics and /health/* (http.listen, default "
          + "127.0.0.1:8080); 'off' for none.")
  String http;

  @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "Prefix of every topic name.")
  String topicPrefix;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Any configuration key, e.g. --set ingest.host-delay=2s.")
  Map<String, String> settings = new LinkedHashMap<>();

  /** The configuration: defaults, file, NEWSFLOW_* environment, then these options. */
  public NewsflowConfig load(Map<String, String> extra) {
    Map<String, String> overrides = new LinkedHashMap<>(settings);
    overrides.putAll(extra);
    if (dataDir != null) {
      overrides.put("data-dir", dataDir.toString());
    }
    if (bootstrapServers != null) {
      overrides.put("kafka.bootstrap-servers", bootstrapServers);
    }
    if (http != null) {
      overrides.put("http.listen", http);
    }
    if (topicPrefix != null) {
      overrides.put("kafka.topic-prefix", topicPrefix);
    }
    kafkaProperties.forEach((k, v) -> overrides.put("kafka.properties." + k, v));
    return new ConfigLoader().load(configFile, System.getenv(), overrides);
  }

  public NewsflowConfig load() {
    return load(Map.of());
  }
}
