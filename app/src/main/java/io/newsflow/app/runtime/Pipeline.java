package io.newsflow.app.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.crawl.PollResult;
import io.newsflow.sink.SinkService;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages this process runs, started downstream first (sink, enrich, ingest) so that nothing
 * waits on a consumer that is not there yet, and stopped upstream first.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  /** The stages a process can run. */
  public enum Stage { INGEST, ENRICH, SINK }

  private final NewsflowConfig config;
  private final Set<Stage> stages;
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
        pipeline.sink = Stages.sink(config, registry);
        pipeline.sink.start();
      }
      if (stages.contains(Stage.ENRICH)) {
        pipeline.enrich = Stages.enrich(config, registry);
        pipeline.enrich.start();
      }
      if (stages.contains(Stage.INGEST)) {
        pipeline.ingest = Stages.ingest(config, registry);
        pipeline.ingest.start();
      }
    } catch (RuntimeException e) {
      pipeline.close();
      throw e;
    }
    return pipeline;
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
    if (enrich != null && enrich.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR) {
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
  }
}
