package io.newsflow.app.runtime;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.health.BrokerCheck;
import io.newsflow.app.health.CachedCheck;
import io.newsflow.app.health.Health;
import io.newsflow.app.health.HealthCheck;
import io.newsflow.app.http.HealthRoute;
import io.newsflow.app.http.MetricsRoute;
import io.newsflow.app.http.ServiceHttpServer;
import io.newsflow.app.metrics.ConsumerLagMeter;
import io.newsflow.core.config.HttpConfig;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.NewsTopics;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator watches of a long-running process: the HTTP server on {@code http.listen}
 * with {@code /metrics}, {@code /health/live} and {@code /health/ready}, the broker check, and
 * the consumer lag of the stages it runs. It serves from the start of the process, before the
 * broker is up (readiness says the process is starting), and a taken address stops the command
 * before anything else is started.
 */
public final class Monitoring implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Monitoring.class);
  private static final Duration LAG_EVERY = Duration.ofSeconds(15);

  private final PrometheusMeterRegistry registry;
  private final Health health = new Health();
  private final ServiceHttpServer server;
  private NewsflowConfig config;
  private BrokerCheck broker;
  private BrokerWatch brokerWatch;
  private ConsumerLagMeter lag;
  private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "broker-watch");
    t.setDaemon(true);
    return t;
  });

  private Monitoring(PrometheusMeterRegistry registry, ServiceHttpServer server) {
    this.registry = registry;
    this.server = server;
  }

  /**
   * Serves {@code /metrics} and {@code /health/*} on {@code http.listen} from now on, when it is
   * set.
   *
   * @throws io.newsflow.core.error.ConfigException when the HTTP address is taken
   */
  public static Monitoring start(HttpConfig http, PrometheusMeterRegistry registry) {
    if (!http.enabled()) {
      return new Monitoring(registry, null);
    }
    Monitoring monitoring = new Monitoring(registry, ServiceHttpServer.bind(http.address()));
    monitoring.server
        .route("/metrics", new MetricsRoute(registry))
        .route("/health/live", new HealthRoute(monitoring.health::liveness))
        .route("/health/ready", new HealthRoute(monitoring.health::readiness))
        .route("/", new IndexRoute())
        .start();
    return monitoring;
  }

  /**
   * Watches the broker the process uses from now on: readiness fails while it does not answer.
   *
   * @param config the configuration with the broker's address filled in
   */
  public void connect(NewsflowConfig config) {
    this.config = config;
    this.broker = new BrokerCheck(new KafkaClients(config.kafka()));
    CachedCheck cached = new CachedCheck(broker, Duration.ofSeconds(2));
    health.ready(cached);
    this.brokerWatch = new BrokerWatch(cached, config.kafka().bootstrapServers());
    watcher.scheduleWithFixedDelay(brokerWatch::look, 5, 5, TimeUnit.SECONDS);
  }

  /**
   * Says in the log when the broker stops answering and when it answers again: the Kafka clients
   * retry quietly (their own connection warnings are turned down), so without this an operator
   * would see the stages simply stop.
   */
  static final class BrokerWatch {
    private final HealthCheck check;
    private final String address;
    private long lostAtNanos = -1;

    BrokerWatch(HealthCheck check, String address) {
      this.check = check;
      this.address = address;
    }

    synchronized void look() {
      boolean reachable = check.problem().isEmpty();
      if (!reachable && lostAtNanos < 0) {
        lostAtNanos = System.nanoTime();
        LOG.warn("Kafka does not answer at {}: the stages wait and retry; nothing is dropped",
            address);
      } else if (reachable && lostAtNanos >= 0) {
        LOG.info("Kafka answers again at {} after {} s", address,
            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - lostAtNanos));
        lostAtNanos = -1;
      }
    }
  }

  /**
   * Adds the checks and the lag of the pipeline's stages; readiness then depends on them. Call
   * {@link #connect} first.
   */
  public void watch(Pipeline pipeline) {
    pipeline.addHealthChecks(health);
    NewsTopics topics = NewsTopics.withPrefix(config.kafka().topicPrefix());
    lag = new ConsumerLagMeter(new KafkaClients(config.kafka()), registry, LAG_EVERY);
    if (pipeline.runs(Pipeline.Stage.ENRICH)) {
      lag.watch("enrich", config.enrich().applicationId(), topics.raw().name());
    }
    if (pipeline.runs(Pipeline.Stage.SINK)) {
      lag.watch("sink", config.sink().groupId(), topics.enriched().name());
    }
    health.started();
  }

  /** Serves these routes too (the live page), in place of the index at {@code /}. */
  public void mount(java.util.Map<String, com.sun.net.httpserver.HttpHandler> routes) {
    if (server != null) {
      routes.forEach(server::handler);
    }
  }

  public Health health() {
    return health;
  }

  /** The address the HTTP server is bound to (the real port when 0 was asked), if it runs. */
  public Optional<io.newsflow.core.config.HostPort> boundAddress() {
    return Optional.ofNullable(server).map(ServiceHttpServer::address);
  }

  /** The address the HTTP server listens on, if it runs. */
  public Optional<String> httpAddress() {
    return Optional.ofNullable(server).map(s -> s.address().toString());
  }

  @Override
  public void close() {
    watcher.shutdownNow();
    if (server != null) {
      server.close();
    }
    if (lag != null) {
      lag.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  /** {@code /}: what this server offers, until the live page takes its place. */
  private static final class IndexRoute implements ServiceHttpServer.Route {
    @Override
    public ServiceHttpServer.Response answer(com.sun.net.httpserver.HttpExchange exchange) {
      if (!exchange.getRequestURI().getPath().equals("/")) {
        return ServiceHttpServer.Response.text(404, "not found\n");
      }
      return ServiceHttpServer.Response.text(200,
          "Newsflow\n/metrics        Prometheus metrics\n"
              + "/health/live    200 while the process works, 503 when a stage stopped\n"
              + "/health/ready   200 when it can do its work, 503 and why when not\n");
    }
  }
}
