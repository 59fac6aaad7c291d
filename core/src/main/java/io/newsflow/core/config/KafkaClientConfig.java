package io.newsflow.core.config;

import java.util.Map;

/**
 * How to reach Kafka and how to name and create topics.
 *
 * @param properties passed untouched to every client (security settings included)
 */
public record KafkaClientConfig(
    String bootstrapServers,
    String topicPrefix,
    int partitions,
    short replicationFactor,
    Map<String, String> properties,
    EmbeddedBrokerConfig embedded) {

  /** A configuration of a cluster of one's own, with the default in-process broker settings. */
  public KafkaClientConfig(String bootstrapServers, String topicPrefix, int partitions,
      short replicationFactor, Map<String, String> properties) {
    this(bootstrapServers, topicPrefix, partitions, replicationFactor, properties, null);
  }

  public KafkaClientConfig {
    embedded = embedded == null ? new EmbeddedBrokerConfig(null) : embedded;
    properties = properties == null ? Map.of() : Map.copyOf(properties);
    topicPrefix = topicPrefix == null ? "" : topicPrefix;
    if (partitions < 1) {
      throw new IllegalArgumentException("kafka.partitions must be at least 1");
    }
    if (replicationFactor < 1) {
      throw new IllegalArgumentException("kafka.replication-factor must be at least 1");
    }
  }

  public KafkaClientConfig withBootstrapServers(String servers) {
    return new KafkaClientConfig(
        servers, topicPrefix, partitions, replicationFactor, properties, embedded);
  }

  /** Masks values of keys that look like secrets (sasl.jaas.config, *.password). */
  @Override
  public String toString() {
    return "KafkaClientConfig[bootstrapServers=" + bootstrapServers + ", topicPrefix="
        + topicPrefix + ", partitions=" + partitions + ", replicationFactor=" + replicationFactor
        + ", properties=" + Secrets.mask(properties) + ", embedded=" + embedded + "]";
  }
}
