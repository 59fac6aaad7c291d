package io.newsflow.app.cli;

import io.newsflow.app.runtime.Pipeline;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow enrich}: the enrich Kafka Streams application alone. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Runs the enrich stage alone: news-raw-v1 -> news-enriched-v1, news-claims-v1, "
        + "news-entity-mentions-v1. Instances with the same application id share the partitions.")
public final class EnrichCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(names = "--threads", paramLabel = "N", description = "Stream threads (enrich.threads).")
  Integer threads;

  @Option(names = "--progress-every", paramLabel = "DURATION", defaultValue = "10s")
  String progressEvery;

  @Override
  public Integer call() throws Exception {
    Map<String, String> extra =
        threads == null ? Map.of() : Map.of("enrich.threads", String.valueOf(threads));
    return StageRunner.run(options.load(extra), Pipeline.Stage.ENRICH, progressEvery, System.out);
  }
}
