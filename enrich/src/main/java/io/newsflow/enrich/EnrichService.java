package io.newsflow.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.kafka.Membership;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.enrich.stream.EnrichStreamsConfig;
import io.newsflow.enrich.stream.EnrichTopology;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the enrich Kafka Streams application until closed. */
public final class EnrichService implements AutoCloseable {
  /**
   * How long {@link #close()} waits for the stream threads to finish their work, commit and leave
   * the group; a supervisor's stop grace period must be longer.
   */
  public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

  private final KafkaStreams streams;
  private final KafkaStreamsMetrics streamsMetrics;
  private final CountDownLatch running = new CountDownLatch(1);

  public EnrichService(NewsflowConfig config, EnricherFactory factory, MeterRegistry registry) {
    this(config, factory, registry, Membership.dynamic());
  }

  public EnrichService(NewsflowConfig config, EnricherFactory factory, MeterRegistry registry,
      Membership membership) {
    Topology topology =
        EnrichTopology.build(
            NewsTopics.withPrefix(config.kafka().topicPrefix()), config.enrich(), factory, registry);
    this.streams =
        new KafkaStreams(topology, EnrichStreamsConfig.of(config, registry, membership));
    // kafka_stream_* series: the Streams, consumer and producer metrics of every thread.
    this.streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
    // A thread that dies on an unexpected error is replaced; the records it held are reprocessed
    // from the last committed transaction, so nothing is lost or duplicated.
    streams.setUncaughtExceptionHandler(
        error -> {
          LOG.error("Enrich stream thread failed; replacing it", error);
          return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    streams.setStateListener(
        (now, before) -> {
          LOG.info("Enrich application {} -> {}", before, now);
          if (now == KafkaStreams.State.RUNNING) {
            running.countDown();
          }
        });
  }

  public void start() {
    streams.start();
  }

  /** Waits until the application has joined its group and is processing. */
  public boolean awaitRunning(Duration timeout) throws InterruptedException {
    return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  @Override
  public void close() {
    streams.close(CLOSE_TIMEOUT);
    streamsMetrics.close();
  }
}
