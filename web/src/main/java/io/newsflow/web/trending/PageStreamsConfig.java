package io.newsflow.web.trending;

import io.newsflow.core.config.HostPort;
import io.newsflow.core.config.KafkaClientConfig;
import io.newsflow.core.config.NewsflowConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The page's Kafka Streams application.
 *
 * @param kafka the cluster, topic prefix, partitions and replication of the topics it creates
 *     when missing, and client properties passed through untouched
 * @param applicationId its Kafka Streams {@code application.id}, {@value #DEFAULT_APPLICATION_ID}
 *     by default: the consumer group and the prefix of its internal topics
 * @param applicationServer the {@code host:port} of this process's HTTP server, where the other
 *     instances reach {@code /api/trending} and {@code /api/sources}; null when the page runs as
 *     one instance only (queries then answer from the local stores)
 * @param stateDir where its stores live ({@code <data dir>/web-state} by default); keep it across
 *     restarts to avoid restoring the stores from their changelogs
 * @param threads stream threads
 * @param peerTimeout how long a query waits for the other instances
 * @param groupInstanceId the static member id of this instance ({@code group.instance.id}; Streams
 *     appends the thread number), so a restarted page takes its partitions back at once; null for
 *     a dynamic member
 */
public record PageStreamsConfig(
    KafkaClientConfig kafka,
    String applicationId,
    HostPort applicationServer,
    Path stateDir,
    int threads,
    Duration peerTimeout,
    String groupInstanceId) {

  /** A dynamic member. */
  public PageStreamsConfig(KafkaClientConfig kafka, String applicationId,
      HostPort applicationServer, Path stateDir, int threads, Duration peerTimeout) {
    this(kafka, applicationId, applicationServer, stateDir, threads, peerTimeout, null);
  }

  public static final String DEFAULT_APPLICATION_ID = "newsflow-web";
  public static final Duration DEFAULT_PEER_TIMEOUT = Duration.ofSeconds(5);

  public PageStreamsConfig {
    if (applicationId == null || applicationId.isBlank()) {
      applicationId = DEFAULT_APPLICATION_ID;
    }
    if (threads < 1) {
      throw new IllegalArgumentException("the page's stream threads must be at least 1");
    }
    if (stateDir == null) {
      throw new IllegalArgumentException("the page's streams need a state directory");
    }
    peerTimeout = peerTimeout == null ? DEFAULT_PEER_TIMEOUT : peerTimeout;
    if (applicationServer != null && applicationServer.wildcard()) {
      throw new IllegalArgumentException("application.server must be an address the other "
          + "instances can reach, not " + applicationServer);
    }
  }

  /**
   * The defaults for a Newsflow process: application id {@value #DEFAULT_APPLICATION_ID}, state in
   * {@code <data dir>/web-state}, one thread.
   *
   * @param applicationServer this process's HTTP address as others reach it, or null
   */
  public static PageStreamsConfig of(NewsflowConfig config, HostPort applicationServer) {
    return new PageStreamsConfig(config.kafka(), DEFAULT_APPLICATION_ID, applicationServer,
        config.dataDir().resolve("web-state"), 1, DEFAULT_PEER_TIMEOUT);
  }

  public PageStreamsConfig withApplicationId(String id) {
    return new PageStreamsConfig(kafka, id, applicationServer, stateDir, threads, peerTimeout,
        groupInstanceId);
  }
}
