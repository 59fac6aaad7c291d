package io.newsflow.web.trending;

import io.newsflow.core.config.HostPort;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.core.topic.Topic;
import io.newsflow.core.topic.TopicCreator;
import io.newsflow.web.query.HttpPeers;
import io.newsflow.web.query.NotReadyException;
import io.newsflow.web.query.Peers;
import io.newsflow.web.sources.SourceCounts;
import io.newsflow.web.sources.SourceHealthHandler;
import io.newsflow.web.sources.SourceHealthQuery;
import io.newsflow.web.sources.SourceHealthTopology;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page's Kafka Streams application: trending entities ({@link TrendingTopology}) and source
 * health ({@link SourceHealthTopology}) in one topology, their queries and HTTP handlers.
 *
 * <p>Counts on a page need no exactly-once: it runs at-least-once, so after a crash a few records
 * may count twice until their windows age out. Its stores are persistent with changelogs, so a
 * restart keeps the counts. {@link #start()} creates the topics it reads when they are missing,
 * so it starts, and answers empty, on an empty cluster.
 */
public final class PageStreams implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PageStreams.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final PageStreamsConfig config;
  private final NewsTopics topics;
  private final KafkaStreams streams;
  private final TrendingQuery trending;
  private final SourceHealthQuery sources;

  public PageStreams(PageStreamsConfig config) {
    this(config, Clock.systemUTC());
  }

  /** @param clock the time queries that name none answer for */
  public PageStreams(PageStreamsConfig config, Clock clock) {
    this.config = config;
    this.topics = NewsTopics.withPrefix(config.kafka().topicPrefix());
    this.streams = new KafkaStreams(topology(topics), properties(config));
    this.streams.setUncaughtExceptionHandler(e -> {
      LOG.error("A stream thread of the page failed; replacing it", e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    HostPort server = config.applicationServer();
    Peers peers = server == null
        ? Peers.none()
        : new HttpPeers(streams, new HostInfo(server.host(), server.port()), config.peerTimeout());
    this.trending = new TrendingQuery(
        () -> this.<ReadOnlyWindowStore<String, EntityCounts>>store(
            TrendingTopology.STORE, QueryableStoreTypes.windowStore()),
        peers, clock);
    this.sources = new SourceHealthQuery(
        () -> this.<ReadOnlyWindowStore<String, SourceCounts>>store(
            SourceHealthTopology.STORE, QueryableStoreTypes.windowStore()),
        () -> this.<ReadOnlyKeyValueStore<String, SourceStatus>>store(
            SourceHealthTopology.STATUS_STORE, QueryableStoreTypes.keyValueStore()),
        peers, clock);
  }

  /** The page's topology over the topics of {@code topics}; tests build it too. */
  public static Topology topology(NewsTopics topics) {
    StreamsBuilder builder = new StreamsBuilder();
    TrendingTopology.addTo(builder, topics);
    SourceHealthTopology.addTo(builder, topics);
    return builder.build();
  }

  /** The Kafka Streams properties, built apart from the topology. */
  public static Properties properties(PageStreamsConfig config) {
    Properties props = new Properties();
    props.putAll(config.kafka().properties());
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka().bootstrapServers());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.threads());
    props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toAbsolutePath().toString());
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.kafka().replicationFactor());
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 1_000);
    if (config.applicationServer() != null) {
      props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, config.applicationServer().toString());
    }
    if (config.groupInstanceId() != null && !config.groupInstanceId().isBlank()) {
      props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG),
          config.groupInstanceId());
    }
    // A record the page cannot read is logged and skipped: it must not stop the page.
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueExceptionHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueProcessingExceptionHandler.class);
    return props;
  }

  /** The topics the page reads: created at start when missing. */
  public List<Topic<?, ?>> inputs() {
    return List.of(topics.entityMentions(), topics.raw(), topics.fetchStatus(),
        topics.sourceStatus());
  }

  /** Creates the missing input topics and starts the streams; returns at once. */
  public PageStreams start() {
    Properties admin = new Properties();
    admin.putAll(config.kafka().properties());
    admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka().bootstrapServers());
    try (Admin client = Admin.create(admin)) {
      new TopicCreator(client, config.kafka().partitions(), config.kafka().replicationFactor())
          .ensure(inputs());
    }
    streams.start();
    LOG.info("The page's streams ({}) started, serving queries at {}", config.applicationId(),
        config.applicationServer() == null ? "this instance only" : config.applicationServer());
    return this;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** The underlying streams, for health checks and metrics. */
  public KafkaStreams streams() {
    return streams;
  }

  public TrendingQuery trending() {
    return trending;
  }

  public SourceHealthQuery sources() {
    return sources;
  }

  /** Serve at {@link TrendingHandler#PATH}. */
  public TrendingHandler trendingHandler() {
    return new TrendingHandler(trending);
  }

  /** Serve at {@link SourceHealthHandler#PATH}. */
  public SourceHealthHandler sourcesHandler() {
    return new SourceHealthHandler(sources);
  }

  private <T> T store(String name, QueryableStoreType<T> type) {
    try {
      return streams.store(StoreQueryParameters.fromNameAndType(name, type));
    } catch (InvalidStateStoreException e) {
      throw new NotReadyException("the page's store " + name + " is not ready yet ("
          + streams.state() + ")", e);
    }
  }

  @Override
  public void close() {
    streams.close(CLOSE_TIMEOUT);
  }
}
