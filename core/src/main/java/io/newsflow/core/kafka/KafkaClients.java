package io.newsflow.core.kafka;

import io.newsflow.core.config.KafkaClientConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Client properties with Newsflow's delivery guarantees: idempotent producers with {@code
 * acks=all}, consumers that read only committed records and commit offsets themselves. The
 * user's pass-through properties (security and the like) are applied first; the guarantees win.
 */
public final class KafkaClients {
  private final KafkaClientConfig config;

  public KafkaClients(KafkaClientConfig config) {
    this.config = config;
  }

  public KafkaClientConfig config() {
    return config;
  }

  /** Connection and pass-through properties, the base of every client. */
  public Map<String, Object> common() {
    Map<String, Object> props = new HashMap<>(config.properties());
    props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    return props;
  }

  public Map<String, Object> producer(String clientId) {
    Map<String, Object> props = common();
    props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
    return props;
  }

  public Map<String, Object> consumer(String groupId, String clientId) {
    Map<String, Object> props = common();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
    return props;
  }

  public Admin admin() {
    return Admin.create(common());
  }
}
