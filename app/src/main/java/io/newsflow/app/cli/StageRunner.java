package io.newsflow.app.cli;

import io.newsflow.app.metrics.ServiceMetrics;
import io.newsflow.app.runtime.KafkaRuntime;
import io.newsflow.app.runtime.Monitoring;
import io.newsflow.app.runtime.Pipeline;
import io.newsflow.app.runtime.Progress;
import io.newsflow.app.runtime.Stages;
import io.newsflow.enrich.EnrichService;
import io.newsflow.sink.SinkService;
import io.newsflow.core.config.DurationParser;
import io.newsflow.core.config.NewsflowConfig;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs one stage on its own until the JVM is asked to stop, printing its progress. */
public final class StageRunner {
  private static final AtomicBoolean STOPPING = new AtomicBoolean();
  /**
   * How long a stop signal waits for the stages to close in order: longer than the sink's stop
   * timeout plus the enrich application's close, shorter than docker-compose's grace period.
   */
  static final java.time.Duration SHUTDOWN_GRACE = SinkService.STOP_TIMEOUT
      .plus(EnrichService.CLOSE_TIMEOUT).minusSeconds(10);

  private StageRunner() {}

  /** True once a shutdown signal arrived. */
  public static boolean stopping() {
    return STOPPING.get();
  }

  static int run(NewsflowConfig config, Pipeline.Stage stage, String progressEvery,
      PrintStream out) throws Exception {
    boolean ingest = stage == Pipeline.Stage.INGEST;
    boolean enrich = stage == Pipeline.Stage.ENRICH;
    boolean sink = stage == Pipeline.Stage.SINK;
    if (enrich) {
      Stages.warmUpEnrichment();
    }
    try (ServiceMetrics metrics = new ServiceMetrics();
        Monitoring monitoring = Monitoring.start(config.http(), metrics.registry());
        KafkaRuntime kafka = KafkaRuntime.start(config);
        Pipeline pipeline =
            Pipeline.start(kafka.config(), metrics.registry(), EnumSet.of(stage));
        AutoCloseable progress = new Progress(metrics.registry(), out)
            .printEvery(DurationParser.parse(progressEvery), ingest, enrich, sink)) {
      monitoring.connect(kafka.config());
      monitoring.watch(pipeline);
      if (ingest) {
        pipeline.pollContinuously();
      }
      awaitShutdown(pipeline);
    }
    return 0;
  }

  /**
   * Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM), the caller then closing in order; or
   * throws when a stage stopped on an error, so that the process ends with a non-zero code and a
   * supervisor restarts it instead of leaving a half-dead pipeline running.
   *
   * @param pipeline the stages to watch, or null for a process that runs none (the page)
   */
  static void awaitShutdown(Pipeline pipeline) throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Thread hook = shutdownHook(stop, Thread.currentThread());
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      while (!stop.await(1, TimeUnit.SECONDS)) {
        if (pipeline != null) {
          pipeline.checkHealthy();
        }
      }
    } catch (RuntimeException failure) {
      try {
        // The hook waits for this thread, which is about to call System.exit: it must go first.
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // a signal arrived meanwhile; the hook runs and returns once this thread ends
      }
      throw failure;
    }
  }

  private static Thread shutdownHook(CountDownLatch stop, Thread main) {
    return new Thread(
        () -> {
          STOPPING.set(true);
          stop.countDown();
          try {
            main.join(SHUTDOWN_GRACE.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        "newsflow-shutdown");
  }
}
