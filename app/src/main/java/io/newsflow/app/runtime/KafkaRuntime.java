package io.newsflow.app.runtime;

import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.kafka.EmbeddedKafkaBroker;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.core.topic.Topic;
import io.newsflow.core.topic.TopicCreator;
import io.newsflow.ingest.IngestTopics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka a command talks to: the configured cluster, or, when none is configured, an
 * in-process broker with its data under {@code data-dir/kafka}. Creates every Newsflow topic at
 * start-up with the configured partitions.
 */
public final class KafkaRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaRuntime.class);

  private final EmbeddedKafkaBroker broker;
  private final NewsflowConfig config;

  private KafkaRuntime(EmbeddedKafkaBroker broker, NewsflowConfig config) {
    this.broker = broker;
    this.config = config;
  }

  public static KafkaRuntime start(NewsflowConfig config) {
    EmbeddedKafkaBroker broker = null;
    NewsflowConfig effective = config;
    if (config.embeddedBroker()) {
      broker = EmbeddedKafkaBroker.start(config.dataDir().resolve("kafka"));
      effective = config.withBootstrapServers(broker.bootstrapServers());
    } else {
      LOG.info("Using the Kafka cluster at {}", config.kafka().bootstrapServers());
    }
    KafkaRuntime runtime = new KafkaRuntime(broker, effective);
    try {
      runtime.createTopics();
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
    return runtime;
  }

  /** The configuration with the bootstrap servers of the running broker filled in. */
  public NewsflowConfig config() {
    return config;
  }

  public boolean embedded() {
    return broker != null;
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
    }
  }

  @Override
  public void close() {
    if (broker != null) {
      broker.close();
    }
  }
}
