package io.newsflow.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.config.SinkConfig;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.error.ConfigException;
import io.newsflow.core.error.RetriableException;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.kafka.Membership;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.sink.consume.Backoff;
import io.newsflow.sink.consume.DeadLetterPublisher;
import io.newsflow.sink.consume.SinkLoop;
import io.newsflow.sink.consume.SinkMetrics;
import io.newsflow.sink.jsonl.JsonlSink;
import io.newsflow.sink.postgres.PostgresConnections;
import io.newsflow.sink.postgres.PostgresSink;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink stage: one consumer thread in the group {@code sink.group-id} reading {@code
 * news-enriched-v1} and writing every article to the enabled destinations (JSON Lines files,
 * PostgreSQL) before committing its offset. Instances with the same group share the partitions.
 * Topics are not created here: that is the launcher's job.
 *
 * <p>Meters: {@value SinkMetrics#WRITTEN} counts articles durably written (once per record,
 * whatever the number of destinations), {@value SinkMetrics#DEAD_LETTERED} records sent to the
 * dead-letter topic.
 */
public final class SinkService implements AutoCloseable {
  public static final String WRITTEN = SinkMetrics.WRITTEN;
  public static final String DEAD_LETTERED = SinkMetrics.DEAD_LETTERED;

  private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
  private static final AtomicInteger INSTANCES = new AtomicInteger();
  /** How long close() waits for the batch in hand to be written and committed. */
  public static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

  private final NewsflowConfig config;
  private final SinkConfig sink;
  private final MeterRegistry registry;
  private final DataSource postgres;
  private final String clientId;
  private final Membership membership;
  private final List<ArticleSink> sinks = new ArrayList<>();
  private final List<KafkaClientMetrics> clientMetrics = new ArrayList<>();
  private DeadLetterPublisher deadLetters;
  private SinkLoop loop;
  private Thread thread;
  private boolean closed;

  /**
   * Checks the configuration; connects to nothing until {@link #start()}.
   *
   * @throws ConfigException when no destination is enabled or a setting cannot work
   */
  public SinkService(NewsflowConfig config, MeterRegistry registry) {
    this(config, registry, Membership.dynamic());
  }

  /**
   * @param membership a static member takes its partitions back at once after a restart
   */
  public SinkService(NewsflowConfig config, MeterRegistry registry, Membership membership) {
    this.config = config;
    this.membership = membership;
    this.sink = config.sink();
    this.registry = registry;
    if (!sink.jsonl().enabled() && !sink.postgres().enabled()) {
      throw new ConfigException(
          "the sink has no destination: enable sink.jsonl or set sink.postgres.url");
    }
    if (sink.postgres().batchSize() < 1) {
      throw new ConfigException("sink.postgres.batch-size must be at least 1");
    }
    if (sink.postgres().linger() == null || sink.postgres().linger().isNegative()) {
      throw new ConfigException("sink.postgres.linger must not be negative");
    }
    this.postgres = sink.postgres().enabled() ? PostgresConnections.dataSource(sink.postgres()) : null;
    this.clientId = "newsflow-sink-" + INSTANCES.incrementAndGet();
  }

  /**
   * Opens the destinations (repairing files a crash left, migrating the schema when PostgreSQL
   * is reachable) and starts the consumer thread.
   *
   * @throws ConfigException when no broker is configured, or the JSON Lines directory is held by
   *     another instance
   * @throws IllegalStateException when the schema cannot be migrated for a reason other than an
   *     unreachable database
   */
  public synchronized void start() {
    if (thread != null || closed) {
      throw new IllegalStateException("the sink service starts once");
    }
    if (config.kafka().bootstrapServers() == null || config.kafka().bootstrapServers().isBlank()) {
      throw new ConfigException("the sink needs kafka.bootstrap-servers (the broker to read from)");
    }
    NewsTopics topics = NewsTopics.withPrefix(config.kafka().topicPrefix());
    try {
      if (sink.jsonl().enabled()) {
        sinks.add(new JsonlSink(sink.jsonl().dir(), sink.jsonl().maxFileBytes(),
            sink.jsonl().gzip(), Clock.systemUTC()));
      }
      if (postgres != null) {
        PostgresSink table =
            new PostgresSink(postgres, PostgresConnections.redact(sink.postgres().url()));
        sinks.add(table);
        try {
          table.migrate();
        } catch (RetriableException e) {
          LOG.warn("PostgreSQL is not reachable yet, the sink will keep trying: {}",
              e.getMessage());
        }
      }
      KafkaClients clients = new KafkaClients(config.kafka());
      KafkaProducer<String, DeadLetter> dlqProducer =
          new KafkaProducer<>(
              clients.producer(clientId + "-dlq"),
              topics.deadLetters().keySerde().serializer(),
              topics.deadLetters().valueSerde().serializer());
      deadLetters = new DeadLetterPublisher(dlqProducer, topics.deadLetters().name());
      bind(new KafkaClientMetrics(dlqProducer));
      Map<String, Object> consumerProps = clients.consumer(sink.groupId(), clientId);
      consumerProps.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, sink.postgres().batchSize());
      if (membership.isStatic()) {
        consumerProps.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, membership.groupInstanceId());
      }
      KafkaConsumer<String, byte[]> consumer =
          new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer());
      bind(new KafkaClientMetrics(consumer));
      loop =
          new SinkLoop(
              consumer,
              topics.enriched().name(),
              sinks,
              deadLetters,
              sink.postgres().batchSize(),
              sink.postgres().linger(),
              new Backoff(sink.retry().initialBackoff(), sink.retry().maxBackoff()),
              new SinkMetrics(registry));
    } catch (RuntimeException e) {
      closeResources();
      throw e;
    }
    thread = new Thread(loop, clientId);
    thread.start();
    LOG.info("Sink {} reading {} in group {} into {}", clientId, topics.enriched().name(),
        sink.groupId(), sinks.stream().map(ArticleSink::name).toList());
  }

  /**
   * True when this instance has written and committed everything its partitions held at the
   * last fetch. Cheap (no broker request); with several instances, each answers for its own
   * partitions.
   */
  public boolean caughtUp() {
    SinkLoop l = loop;
    return l != null && l.caughtUp();
  }

  /** True between {@link #start()} and the end of the consumer thread. */
  public boolean isRunning() {
    Thread t = thread;
    return t != null && t.isAlive();
  }

  /**
   * Why the sink is paused, waiting for a destination or Kafka to come back (it retries the same
   * batch with backoff and skips nothing), if it is.
   */
  public Optional<String> pausedBecause() {
    SinkLoop l = loop;
    return l == null ? Optional.empty() : Optional.ofNullable(l.outageCause());
  }

  /**
   * Why PostgreSQL cannot be used now, if it is configured and cannot: a short connection check
   * with a timeout of {@code timeoutSeconds}.
   */
  public Optional<String> postgresProblem(int timeoutSeconds) {
    if (postgres == null) {
      return Optional.empty();
    }
    try (Connection connection = postgres.getConnection()) {
      return connection.isValid(timeoutSeconds)
          ? Optional.empty()
          : Optional.of("PostgreSQL does not answer");
    } catch (SQLException e) {
      return Optional.of("PostgreSQL unreachable"
          + (e.getSQLState() == null ? "" : " [" + e.getSQLState() + "]") + ": " + e.getMessage());
    }
  }

  /** The error that stopped the consumer thread, if one did. */
  public Optional<Throwable> failure() {
    SinkLoop l = loop;
    return l == null ? Optional.empty() : Optional.ofNullable(l.failure());
  }

  /** Finishes the batch in hand, commits it, leaves the group and closes the destinations. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (thread != null) {
      loop.stop();
      try {
        thread.join(STOP_TIMEOUT.toMillis());
        if (thread.isAlive()) {
          LOG.warn("The sink thread did not stop within {}", STOP_TIMEOUT);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    closeResources();
    LOG.info("Sink {} stopped", clientId);
  }

  private void bind(KafkaClientMetrics metrics) {
    metrics.bindTo(registry);
    clientMetrics.add(metrics);
  }

  private void closeResources() {
    clientMetrics.forEach(KafkaClientMetrics::close);
    clientMetrics.clear();
    if (deadLetters != null) {
      try {
        deadLetters.close();
      } catch (RuntimeException e) {
        LOG.warn("Cannot close the dead-letter producer: {}", e.toString());
      }
    }
    for (ArticleSink s : sinks) {
      try {
        s.close();
      } catch (RuntimeException e) {
        LOG.warn("Cannot close the {} sink: {}", s.name(), e.toString());
      }
    }
  }
}
