package io.newsflow.app.cli;

import io.newsflow.app.runtime.Pipeline;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow sink}: the sink alone. */
@Command(name = "sink", mixinStandardHelpOptions = true,
    description = "Runs the sink stage alone: news-enriched-v1 -> JSON Lines files and, with "
        + "--postgres-url, PostgreSQL. Instances with the same group share the partitions.")
public final class SinkCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(names = "--postgres-url", paramLabel = "JDBC_URL")
  String postgresUrl;

  @Option(names = "--progress-every", paramLabel = "DURATION", defaultValue = "10s")
  String progressEvery;

  @Override
  public Integer call() throws Exception {
    Map<String, String> extra =
        postgresUrl == null ? Map.of() : Map.of("sink.postgres.url", postgresUrl);
    return StageRunner.run(options.load(extra), Pipeline.Stage.SINK, progressEvery, System.out);
  }
}
