package io.newsflow.ingest.source;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * The partition of a source: Kafka's own key hash applied to the host rather than the whole key,
 * so compaction keeps one record per source while placement is per host.
 */
public final class HostPartitioner {
  private HostPartitioner() {}

  public static int partition(String host, int partitions) {
    return Utils.toPositive(Utils.murmur2(host.getBytes(StandardCharsets.UTF_8))) % partitions;
  }
}
