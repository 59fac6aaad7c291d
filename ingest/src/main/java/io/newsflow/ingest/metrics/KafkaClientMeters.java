package io.newsflow.ingest.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * The Kafka client metrics of ingest's own clients in the registry, through Micrometer's {@link
 * KafkaClientMetrics}: {@code kafka.producer.*}, {@code kafka.consumer.*} and the like, tagged
 * with the client's {@code client.id} and {@code kafka.version} (and {@code topic}, {@code
 * partition} or {@code node.id} where Kafka has them). A client's new metrics (a topic written to
 * for the first time) are bound at the next refresh, once a minute, on one daemon thread shared by
 * all clients. {@link #close()} removes the meters and stops the thread; call it before the
 * clients close. Thread-safe.
 */
public final class KafkaClientMeters implements AutoCloseable {
  private static final Duration REFRESH = Duration.ofMinutes(1);

  private final MeterRegistry registry;
  private final ScheduledExecutorService refresher;
  private final List<KafkaClientMetrics> bound = new ArrayList<>();
  private boolean closed;

  public KafkaClientMeters(MeterRegistry registry) {
    this.registry = registry;
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "ingest-kafka-metrics");
              t.setDaemon(true);
              return t;
            });
  }

  /** Binds the metrics of a producer (nothing once closed). */
  public void bind(Producer<?, ?> producer) {
    add(new KafkaClientMetrics(producer, Tags.empty(), refresher, REFRESH));
  }

  /** Binds the metrics of a consumer (nothing once closed). */
  public void bind(Consumer<?, ?> consumer) {
    add(new KafkaClientMetrics(consumer, Tags.empty(), refresher, REFRESH));
  }

  private synchronized void add(KafkaClientMetrics metrics) {
    if (closed) {
      // Ingest is stopping: the client is about to close too.
      metrics.close();
      return;
    }
    metrics.bindTo(registry);
    bound.add(metrics);
  }

  /** How many clients are bound. */
  public synchronized int clients() {
    return bound.size();
  }

  /** Removes every bound client's meters and stops refreshing them. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    refresher.shutdownNow();
    bound.forEach(KafkaClientMetrics::close);
    bound.clear();
  }
}
