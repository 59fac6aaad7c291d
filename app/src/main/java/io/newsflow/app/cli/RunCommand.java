package io.newsflow.app.cli;

import io.newsflow.app.demo.DemoSite;
import io.newsflow.app.metrics.ServiceMetrics;
import io.newsflow.app.page.LivePage;
import io.newsflow.app.runtime.KafkaRuntime;
import io.newsflow.app.runtime.Monitoring;
import io.newsflow.app.runtime.Pipeline;
import io.newsflow.app.runtime.Progress;
import io.newsflow.app.runtime.Stages;
import io.newsflow.core.config.DurationParser;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.ingest.crawl.PollResult;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow run}: ingest, enrich and sink together in one process. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs ingest, enrich and sink in one process. Without --bootstrap-servers an in-process "
          + "Kafka broker keeps its data under --data-dir.",
      "With --once: polls every source once, waits until every resulting article has reached "
          + "the sink, prints a summary and exits 0."
    })
public final class RunCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(names = "--demo",
      description = "Serve the bundled site of fictional news pages locally and ingest it (offline).")
  boolean demo;

  @Option(names = "--demo-update-after", paramLabel = "DURATION", defaultValue = "30s",
      description = "With --demo: how long after the demo site first served its running story "
          + "it publishes the story's update (a correction and a new paragraph, announced in its "
          + "sitemap), which the next poll picks up as version 2 (default: ${DEFAULT-VALUE}). "
          + "Kept in the data directory: a restart never serves the first version again.")
  String demoUpdateAfter;

  @Option(names = "--once", description = "Poll every source once, drain the pipeline, exit.")
  boolean once;

  @Option(names = "--postgres-url", paramLabel = "JDBC_URL",
      description = "Also write to PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:5432/news.")
  String postgresUrl;

  @Option(names = "--progress-every", paramLabel = "DURATION", defaultValue = "2s",
      description = "How often to print progress lines (default: ${DEFAULT-VALUE}).")
  String progressEvery;

  @Override
  public Integer call() throws Exception {
    Map<String, String> extra = new HashMap<>();
    if (postgresUrl != null) {
      extra.put("sink.postgres.url", postgresUrl);
    }
    NewsflowConfig config = options.load(extra);
    Stages.warmUpEnrichment();
    PrintStream out = System.out;
    long started = System.nanoTime();
    DemoSite site = demo
        ? DemoSite.start(
            config.dataDir(), DurationParser.parse(demoUpdateAfter), Clock.systemUTC())
        : null;
    try {
      if (site != null) {
        config = DemoConfig.apply(config, site);
        out.println("Demo site of fictional news pages: " + site.baseUrl() + "/");
      }
      try (ServiceMetrics metrics = new ServiceMetrics();
          Monitoring monitoring = Monitoring.start(config.http(), metrics.registry());
          KafkaRuntime kafka = KafkaRuntime.start(config);
          Pipeline pipeline = Pipeline.start(
              kafka.config(), metrics.registry(), EnumSet.allOf(Pipeline.Stage.class))) {
        monitoring.connect(kafka.config());
        monitoring.watch(pipeline);
        LivePage page = config.web().enabled() && monitoring.httpAddress().isPresent()
            ? LivePage.start(kafka.config(), monitoring.boundAddress().orElseThrow()) : null;
        if (page != null) {
          monitoring.mount(page.routes());
          monitoring.health().ready(page.readiness());
        }
        out.println("Kafka: " + kafka.config().kafka().bootstrapServers()
            + monitoring.httpAddress()
                .map(a -> page != null
                    ? "   live page: http://" + a + "/   metrics: http://" + a + "/metrics"
                    : "   metrics and health: http://" + a + "/")
                .orElse(""));
        Progress progress = new Progress(metrics.registry(), out);
        AutoCloseable ticker =
            progress.printEvery(DurationParser.parse(progressEvery), true, true, true);
        if (once) {
          PollResult polled = pipeline.pollOnce();
          boolean drained = pipeline.awaitDrained(Duration.ofMinutes(10));
          ticker.close();
          closeQuietly(page);
          out.printf(
              "done: %d sources polled (%d failed), %d links, %d fetched, %d published, "
                  + "%d enriched, %d written, %d dead-lettered in %.1f s%n",
              polled.sources(), polled.sourcesFailed(), polled.links(), progress.fetched(),
              progress.published(), progress.enriched(), progress.written(),
              progress.deadLettered(), (System.nanoTime() - started) / 1e9);
          return drained ? 0 : 1;
        }
        pipeline.pollContinuously();
        try {
          StageRunner.awaitShutdown(pipeline);
        } finally {
          ticker.close();
          closeQuietly(page);
        }
        return 0;
      }
    } finally {
      if (site != null) {
        site.close();
      }
    }
  }

  private static void closeQuietly(LivePage page) {
    if (page != null) {
      page.close();
    }
  }

  /** The demo replaces the configured sources with the demo site's and allows loopback. */
  static final class DemoConfig {
    private DemoConfig() {}

    static NewsflowConfig apply(NewsflowConfig config, DemoSite site) {
      return config.withIngest(
          config.ingest()
              .withSources(site.sources())
              .withAllowAddresses(List.of("127.0.0.0/8", "::1/128"))
              .withHostDelay(Duration.ofMillis(100)));
    }
  }
}
