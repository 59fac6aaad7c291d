package io.newsflow.app.runtime;

import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.error.ConfigException;
import io.newsflow.core.error.RetriableException;
import io.newsflow.core.kafka.EmbeddedBrokerHome;
import io.newsflow.core.kafka.EmbeddedKafkaBroker;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.core.topic.Topic;
import io.newsflow.core.topic.TopicCreator;
import io.newsflow.ingest.IngestTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka a command talks to: the configured cluster; or, when none is configured, the
 * in-process broker of {@code data-dir}: the one already running there (another {@code newsflow}
 * process, e.g. {@code newsflow run}), else one started here, listening on {@code
 * kafka.embedded.listen} with its data under {@code data-dir/kafka} and its address recorded in
 * {@code data-dir/broker.address}. Creates every Newsflow topic at start-up with the configured
 * partitions.
 */
public final class KafkaRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaRuntime.class);

  /** How long to wait for a broker another process is starting on the same data directory. */
  private static final Duration WAIT_FOR_RUNNING = Duration.ofSeconds(60);

  private final EmbeddedKafkaBroker broker;
  private final EmbeddedBrokerHome home;
  private final NewsflowConfig config;
  private final boolean shared;

  private KafkaRuntime(
      EmbeddedKafkaBroker broker, EmbeddedBrokerHome home, NewsflowConfig config,
      boolean shared) {
    this.broker = broker;
    this.home = home;
    this.config = config;
    this.shared = shared;
  }

  public static KafkaRuntime start(NewsflowConfig config) {
    KafkaRuntime runtime;
    if (config.embeddedBroker()) {
      runtime = embedded(config);
    } else {
      LOG.info("Using the Kafka cluster at {}", config.kafka().bootstrapServers());
      runtime = new KafkaRuntime(null, null, config, false);
    }
    try {
      runtime.createTopics();
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
    return runtime;
  }

  private static KafkaRuntime embedded(NewsflowConfig config) {
    EmbeddedBrokerHome home = new EmbeddedBrokerHome(config.dataDir());
    Optional<String> running = home.runningBroker(WAIT_FOR_RUNNING);
    if (running.isEmpty()) {
      try {
        EmbeddedKafkaBroker broker =
            EmbeddedKafkaBroker.start(home.kafkaDir(), config.kafka().embedded().address());
        home.recordAddress(broker.bootstrapServers());
        return new KafkaRuntime(
            broker, home, config.withBootstrapServers(broker.bootstrapServers()), false);
      } catch (ConfigException e) {
        throw e;
      } catch (RuntimeException e) {
        // Another process may have started on the directory since the check.
        running = home.runningBroker(WAIT_FOR_RUNNING);
        if (running.isEmpty()) {
          throw e;
        }
      }
    }
    LOG.info("Connected to the broker already running for {} at {}", config.dataDir(),
        running.get());
    return new KafkaRuntime(null, home, config.withBootstrapServers(running.get()), true);
  }

  /** The configuration with the bootstrap servers of the running broker filled in. */
  public NewsflowConfig config() {
    return config;
  }

  /** True when this process started the in-process broker. */
  public boolean embedded() {
    return broker != null;
  }

  /** True when this process uses the in-process broker another process of the data dir runs. */
  public boolean sharedEmbedded() {
    return shared;
  }

  /** Every topic Newsflow uses, public ones first. */
  public static List<Topic<?, ?>> topics(NewsflowConfig config) {
    NewsTopics news = NewsTopics.withPrefix(config.kafka().topicPrefix());
    Map<String, Topic<?, ?>> all = new LinkedHashMap<>();
    news.all().forEach(t -> all.put(t.name(), t));
    new IngestTopics(news).all().forEach(t -> all.putIfAbsent(t.name(), t));
    return new ArrayList<>(all.values());
  }

  private void createTopics() {
    try (Admin admin = new KafkaClients(config.kafka()).admin()) {
      new TopicCreator(admin, config.kafka().partitions(), config.kafka().replicationFactor())
          .ensure(topics(config));
    } catch (IllegalStateException e) {
      throw new RetriableException(
          "cannot reach Kafka at " + config.kafka().bootstrapServers() + " to create the topics ("
              + e.getMessage() + ")", e);
    }
  }

  @Override
  public void close() {
    if (broker != null) {
      home.clearAddress(broker.bootstrapServers());
      broker.close();
    }
  }
}
