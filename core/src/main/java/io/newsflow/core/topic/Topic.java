package io.newsflow.core.topic;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * One topic: its full name (prefix included), its serdes, and the settings it is created with.
 *
 * @param configs topic-level configs applied at creation, for example {@code cleanup.policy}
 */
public record Topic<K, V>(
    String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> configs) {

  public Topic {
    configs = Map.copyOf(configs);
  }

  public boolean compacted() {
    return configs.getOrDefault("cleanup.policy", "delete").contains("compact");
  }
}
