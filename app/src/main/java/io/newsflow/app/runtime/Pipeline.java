package io.newsflow.app.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.app.health.CachedCheck;
import io.newsflow.app.health.Health;
import io.newsflow.app.health.HealthCheck;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.kafka.Membership;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.crawl.PollResult;
import io.newsflow.sink.SinkService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages this process runs, started downstream first (sink, enrich, ingest) so that nothing
 * waits on a consumer that is not there yet, and stopped upstream first. Each stage takes a
 * {@link StageSlot} of the data directory, which names it as a static member of its consumer
 * group: restarted after a crash, it takes its partitions back at once.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  /** The stages a process can run. */
  public enum Stage {
    INGEST, ENRICH, SINK;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final NewsflowConfig config;
  private final Set<Stage> stages;
  private final List<StageSlot> slots = new ArrayList<>();
  private SinkService sink;
  private EnrichService enrich;
  private IngestService ingest;

  private Pipeline(NewsflowConfig config, Set<Stage> stages) {
    this.config = config;
    this.stages = EnumSet.copyOf(stages);
  }

  public static Pipeline start(NewsflowConfig config, MeterRegistry registry, Set<Stage> stages) {
    Pipeline pipeline = new Pipeline(config, stages);
    try {
      if (stages.contains(Stage.SINK)) {
        pipeline.sink = Stages.sink(config, registry, pipeline.membership(Stage.SINK));
        pipeline.sink.start();
      }
      if (stages.contains(Stage.ENRICH)) {
        pipeline.enrich = Stages.enrich(config, registry, pipeline.membership(Stage.ENRICH));
        pipeline.enrich.start();
      }
      if (stages.contains(Stage.INGEST)) {
        pipeline.ingest = Stages.ingest(config, registry, pipeline.membership(Stage.INGEST));
        pipeline.ingest.start();
      }
    } catch (RuntimeException e) {
      pipeline.close();
      throw e;
    }
    return pipeline;
  }

  private Membership membership(Stage stage) {
    StageSlot slot = StageSlot.claim(config.dataDir(), config.instanceId(), stage.label());
    slots.add(slot);
    LOG.info("The {} stage is group member {}", stage.label(), slot.groupInstanceId());
    return new Membership(slot.groupInstanceId(), slot.number());
  }

  /**
   * Adds the checks of the stages this process runs: liveness fails when a stage stopped for
   * good, readiness while one cannot work (Streams not RUNNING, the sink paused, PostgreSQL
   * unreachable).
   */
  public void addHealthChecks(Health health) {
    if (sink != null) {
      SinkService s = sink;
      health.live(HealthCheck.of("sink", () -> s.failure()
          .map(e -> "the sink stopped: " + e)
          .or(() -> s.isRunning() ? Optional.empty() : Optional.of("the sink is not running"))));
      health.ready(HealthCheck.of("sink", () -> s.pausedBecause().map(c -> "paused: " + c)));
      if (config.sink().postgres().enabled()) {
        health.ready(new CachedCheck(
            HealthCheck.of("postgres", () -> s.postgresProblem(2)), Duration.ofSeconds(5)));
      }
    }
    if (enrich != null) {
      EnrichService e = enrich;
      health.live(HealthCheck.of("enrich", () -> switch (e.state()) {
        case ERROR, PENDING_ERROR, NOT_RUNNING, PENDING_SHUTDOWN ->
            Optional.of("the enrich application stopped (Kafka Streams " + e.state() + ")");
        default -> Optional.empty();
      }));
      health.ready(HealthCheck.of("enrich", () -> e.state() == KafkaStreams.State.RUNNING
          ? Optional.empty()
          : Optional.of("Kafka Streams is " + e.state() + ", not RUNNING")));
    }
    if (ingest != null) {
      IngestService i = ingest;
      health.ready(HealthCheck.of("ingest", () -> i.assignmentReady()
          ? Optional.empty()
          : Optional.of("waiting for its share of the sources")));
    }
  }

  public boolean runs(Stage stage) {
    return stages.contains(stage);
  }

  /** Polls every source once; see {@link IngestService#pollOnce}. */
  public PollResult pollOnce() throws InterruptedException {
    return ingest.pollOnce(Duration.ofMinutes(2));
  }

  public void pollContinuously() {
    ingest.runContinuously();
  }

  /**
   * Waits until the enrich application has consumed everything on the raw topic and the sink
   * everything on the enriched topic: every article published so far has reached the sink.
   */
  public boolean awaitDrained(Duration timeout) throws InterruptedException {
    NewsTopics topics = NewsTopics.withPrefix(config.kafka().topicPrefix());
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Backlog backlog = new Backlog(new KafkaClients(config.kafka()))) {
      while (System.nanoTime() < deadline) {
        checkHealthy();
        boolean enriched =
            !runs(Stage.ENRICH)
                || backlog.drained(config.enrich().applicationId(), topics.raw().name());
        boolean written =
            enriched
                && (!runs(Stage.SINK)
                    || backlog.drained(config.sink().groupId(), topics.enriched().name()));
        if (enriched && written) {
          return true;
        }
        Thread.sleep(250);
      }
    }
    LOG.warn("The pipeline still had a backlog after {}", timeout);
    return false;
  }

  /** Fails when a stage stopped on an error it could not recover from. */
  public void checkHealthy() {
    if (sink != null && sink.failure().isPresent()) {
      throw new IllegalStateException("the sink stopped", sink.failure().get());
    }
    if (enrich != null && enrich.state() == KafkaStreams.State.ERROR) {
      throw new IllegalStateException("the enrich application stopped in state ERROR");
    }
  }

  @Override
  public void close() {
    if (ingest != null) {
      ingest.close();
    }
    if (enrich != null) {
      enrich.close();
    }
    if (sink != null) {
      sink.close();
    }
    slots.forEach(StageSlot::close);
    slots.clear();
  }
}
