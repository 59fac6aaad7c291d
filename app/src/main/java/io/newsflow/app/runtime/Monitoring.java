package io.newsflow.app.runtime;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.health.BrokerCheck;
import io.newsflow.app.health.CachedCheck;
import io.newsflow.app.health.Health;
import io.newsflow.app.http.HealthRoute;
import io.newsflow.app.http.MetricsRoute;
import io.newsflow.app.http.ServiceHttpServer;
import io.newsflow.app.metrics.ConsumerLagMeter;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.NewsTopics;
import java.time.Duration;
import java.util.Optional;

/**
 * What an operator watches of a long-running process: the HTTP server on {@code http.listen}
 * with {@code /metrics}, {@code /health/live} and {@code /health/ready}, the broker check, and
 * the consumer lag of the stages it runs. Started as soon as the broker is known, so that probes
 * answer (not ready) while the stages start.
 */
public final class Monitoring implements AutoCloseable {
  private static final Duration LAG_EVERY = Duration.ofSeconds(15);

  private final NewsflowConfig config;
  private final PrometheusMeterRegistry registry;
  private final Health health = new Health();
  private final BrokerCheck broker;
  private ServiceHttpServer server;
  private ConsumerLagMeter lag;

  private Monitoring(NewsflowConfig config, PrometheusMeterRegistry registry) {
    this.config = config;
    this.registry = registry;
    this.broker = new BrokerCheck(new KafkaClients(config.kafka()));
    health.ready(new CachedCheck(broker, Duration.ofSeconds(2)));
  }

  /**
   * Starts the HTTP server when {@code http.listen} is set.
   *
   * @param config the configuration with the broker's address filled in
   * @throws io.newsflow.core.error.ConfigException when the HTTP address is taken
   */
  public static Monitoring start(NewsflowConfig config, PrometheusMeterRegistry registry) {
    Monitoring monitoring = new Monitoring(config, registry);
    try {
      if (config.http().enabled()) {
        monitoring.server = ServiceHttpServer.bind(config.http().address())
            .route("/metrics", new MetricsRoute(registry))
            .route("/health/live", new HealthRoute(monitoring.health::liveness))
            .route("/health/ready", new HealthRoute(monitoring.health::readiness))
            .route("/", new IndexRoute())
            .start();
      }
    } catch (RuntimeException e) {
      monitoring.close();
      throw e;
    }
    return monitoring;
  }

  /** Adds the checks and the lag of the pipeline's stages; readiness then depends on them. */
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

  public Health health() {
    return health;
  }

  /** The address the HTTP server listens on, if it runs. */
  public Optional<String> httpAddress() {
    return Optional.ofNullable(server).map(s -> s.address().toString());
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
    if (lag != null) {
      lag.close();
    }
    broker.close();
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
