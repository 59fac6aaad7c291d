package io.newsflow.app.cli;

import io.newsflow.app.runtime.KafkaRuntime;
import io.newsflow.core.article.CanonicalUrl;
import io.newsflow.core.config.DurationParser;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.ingest.IngestTopics;
import io.newsflow.ingest.source.SourceCatalog;
import io.newsflow.ingest.source.SourceRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsflow sources add|remove|list}: changes the sources ingest instances poll. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Lists, adds or removes sources on news-sources-v1; running ingest instances "
        + "pick up the change within a second.",
    subcommands = {SourcesCommand.Add.class, SourcesCommand.Remove.class,
        SourcesCommand.ListSources.class})
public final class SourcesCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  static SourceCatalog catalog(NewsflowConfig config) {
    return new SourceCatalog(new KafkaClients(config.kafka()),
        new IngestTopics(NewsTopics.withPrefix(config.kafka().topicPrefix())).sources());
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds or updates sources.")
  static final class Add implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Option(names = "--type", defaultValue = "feed",
        description = "feed, sitemap, page or section (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--poll-interval", paramLabel = "DURATION",
        description = "How often to poll; default ingest.poll-interval.")
    String pollInterval;

    @Parameters(paramLabel = "URL", arity = "1..*")
    List<String> urls;

    @Override
    public Integer call() {
      try (KafkaRuntime kafka = KafkaRuntime.start(options.load())) {
        List<SourceRecord> records = urls.stream()
            .map(u -> new SourceConfig(type, u,
                pollInterval == null ? null : DurationParser.parse(pollInterval)))
            .map(s -> SourceRecord.of(s, Instant.now()))
            .toList();
        catalog(kafka.config()).put(records);
        records.forEach(r -> System.out.println("added " + r.type() + " " + r.url()));
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes sources.")
  static final class Remove implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Parameters(paramLabel = "URL", arity = "1..*")
    List<String> urls;

    @Override
    public Integer call() {
      try (KafkaRuntime kafka = KafkaRuntime.start(options.load())) {
        SourceCatalog catalog = catalog(kafka.config());
        List<String> ids = urls.stream().map(CanonicalUrl::of).toList();
        List<SourceRecord> known = catalog.list().stream()
            .filter(s -> ids.contains(s.id()))
            .toList();
        catalog.remove(known);
        known.forEach(r -> System.out.println("removed " + r.type() + " " + r.url()));
        return known.size() == urls.size() ? 0 : 1;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the sources.")
  static final class ListSources implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Override
    public Integer call() {
      try (KafkaRuntime kafka = KafkaRuntime.start(options.load())) {
        List<SourceRecord> sources = catalog(kafka.config()).list().stream()
            .sorted(Comparator.comparing(SourceRecord::host).thenComparing(SourceRecord::url))
            .toList();
        System.out.printf("%-8s %-10s %s%n", "TYPE", "EVERY", "URL");
        for (SourceRecord s : sources) {
          System.out.printf("%-8s %-10s %s%n", s.type(),
              s.pollIntervalSeconds() > 0 ? s.pollIntervalSeconds() + "s" : "default", s.url());
        }
        System.out.println(sources.size() + " sources");
      }
      return 0;
    }
  }
}
