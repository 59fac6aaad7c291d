package io.newsflow.app.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.runtime.KafkaRuntime;
import io.newsflow.app.runtime.Pipeline;
import io.newsflow.ingest.crawl.PollResult;
import io.newsflow.ingest.extract.NewsArticleExtractor;
import io.newsflow.ingest.warc.WarcIngest;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow ingest}: the ingest stage alone. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Runs the ingest stage alone: polls the sources (config file and "
        + "news-sources-v1) and publishes articles to news-raw-v1. Instances with the same "
        + "ingest.group-id share the sources, all sources of a host on one instance.")
public final class IngestCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(names = "--once", description = "Poll every source once, print a summary and exit.")
  boolean once;

  @Option(names = "--progress-every", paramLabel = "DURATION", defaultValue = "10s")
  String progressEvery;

  @Option(names = "--warc", paramLabel = "FILE", arity = "1..*",
      description = "Read these WARC archives (gzip or not; Common Crawl's CC-NEWS too) instead "
          + "of polling sources: publish their articles, print progress, exit.")
  List<Path> warcFiles;

  @Override
  public Integer call() throws Exception {
    if (warcFiles != null && !warcFiles.isEmpty()) {
      return ingestWarc();
    }
    if (!once) {
      return StageRunner.run(options.load(), Pipeline.Stage.INGEST, progressEvery, System.out);
    }
    try (KafkaRuntime kafka = KafkaRuntime.start(options.load());
        Pipeline pipeline = Pipeline.start(kafka.config(), new SimpleMeterRegistry(),
            EnumSet.of(Pipeline.Stage.INGEST))) {
      PollResult r = pipeline.pollOnce();
      System.out.printf("done: %d sources polled (%d failed), %d links, %d published, "
          + "%d unchanged, %d not due, %d failed%n", r.sources(), r.sourcesFailed(), r.links(),
          r.published(), r.unchanged(), r.notDue(), r.failed());
      return 0;
    }
  }

  private int ingestWarc() {
    try (KafkaRuntime kafka = KafkaRuntime.start(options.load());
        WarcIngest warc = WarcIngest.connect(kafka.config(), new NewsArticleExtractor(),
            new SimpleMeterRegistry())) {
      WarcIngest.Result r = warc.ingest(warcFiles, progress -> System.out.println(progress));
      System.out.printf("done: %d files (%d failed), %d records, %d pages, %d published, "
          + "%d skipped, %.0f records/s%n", r.files(), r.failedFiles().size(), r.records(),
          r.pages(), r.published(), r.skipped().values().stream().mapToLong(Long::longValue).sum(),
          r.recordsPerSecond());
      r.failedFiles().forEach((file, reason) ->
          System.err.println("newsflow ingest: " + file + ": " + reason));
      return r.failedFiles().isEmpty() ? 0 : 1;
    }
  }
}
