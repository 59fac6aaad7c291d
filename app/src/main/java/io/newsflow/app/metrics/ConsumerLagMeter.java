package io.newsflow.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.kafka.KafkaClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsflow_consumer_lag{stage, group, topic}}: how many committed records a stage's
 * consumer group has not processed yet, summed over the topic's partitions; measured every
 * {@code every} through the admin API (committed offsets against the last stable offsets, as a
 * read-committed consumer sees them). It is the group's lag, the same from every instance of the
 * stage: aggregate it with max, not sum. -1 until first measured or while Kafka is unreachable.
 * On a topic written in transactions (news-enriched-v1) the marker that ends the last
 * transaction counts too: an idle group shows at most 1 per partition there.
 */
public final class ConsumerLagMeter implements AutoCloseable {
  public static final String NAME = "newsflow.consumer.lag";
  private static final Logger LOG = LoggerFactory.getLogger(ConsumerLagMeter.class);
  private static final long TIMEOUT_MS = 5_000;

  private final Admin admin;
  private final MeterRegistry registry;
  private final List<Watched> watched = new ArrayList<>();
  private final ScheduledExecutorService timer;

  private record Watched(String stage, String group, String topic, AtomicLong lag) {}

  public ConsumerLagMeter(KafkaClients clients, MeterRegistry registry, Duration every) {
    Map<String, Object> props = clients.common();
    props.put("client.id", "newsflow-lag");
    this.admin = Admin.create(props);
    this.registry = registry;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "consumer-lag");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::measureAll, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Measures the lag of {@code group} on {@code topic} from now on, tagged with {@code stage}. */
  public ConsumerLagMeter watch(String stage, String group, String topic) {
    Watched w = new Watched(stage, group, topic, new AtomicLong(-1));
    Gauge.builder(NAME, w.lag(), AtomicLong::get)
        .description("Records a stage's consumer group has not processed yet")
        .tags("stage", stage, "group", group, "topic", topic)
        .register(registry);
    synchronized (watched) {
      watched.add(w);
    }
    return this;
  }

  private void measureAll() {
    List<Watched> now;
    synchronized (watched) {
      now = List.copyOf(watched);
    }
    for (Watched w : now) {
      try {
        w.lag().set(lag(w.group(), w.topic()));
      } catch (Exception e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
          return;
        }
        w.lag().set(-1);
        LOG.debug("Cannot measure the lag of {} on {}: {}", w.group(), w.topic(), e.toString());
      }
    }
  }

  /** Committed records of {@code topic} after the group's committed offsets. */
  long lag(String group, String topic) throws Exception {
    List<TopicPartition> partitions =
        admin.describeTopics(List.of(topic)).allTopicNames()
            .get(TIMEOUT_MS, TimeUnit.MILLISECONDS).get(topic).partitions().stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
    var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
        .all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
            .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    long lag = 0;
    for (TopicPartition tp : partitions) {
      OffsetAndMetadata c = committed.get(tp);
      long end = ends.get(tp).offset();
      // Transaction markers count as offsets: a group at a marker shows a lag of 1 at most.
      lag += Math.max(0, end - (c == null ? 0 : c.offset()));
    }
    return lag;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    admin.close(Duration.ofSeconds(2));
  }
}
