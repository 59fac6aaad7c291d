package io.newsflow.app.cli;

import io.newsflow.app.runtime.KafkaRuntime;
import io.newsflow.core.article.CanonicalUrl;
import io.newsflow.core.config.DurationParser;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.json.Json;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.ingest.IngestTopics;
import io.newsflow.ingest.source.SourceCatalog;
import io.newsflow.ingest.source.SourceRecord;
import io.newsflow.ingest.source.SourceStatusStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow sources add|remove|list}: changes the sources ingest instances poll, and shows
 * how each one's last poll went. A removed source stays removed, also when the configuration lists
 * it, until it is added again.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Lists, adds or removes sources on news-sources-v1; running ingest instances "
        + "pick up the change within a second. A removed source stays removed across restarts, "
        + "even when the configuration lists it, until it is added again.",
    subcommands = {SourcesCommand.Add.class, SourcesCommand.Remove.class,
        SourcesCommand.ListSources.class})
public final class SourcesCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  static SourceCatalog catalog(NewsflowConfig config) {
    return new SourceCatalog(new KafkaClients(config.kafka()), topics(config).sources());
  }

  static IngestTopics topics(NewsflowConfig config) {
    return new IngestTopics(NewsTopics.withPrefix(config.kafka().topicPrefix()));
  }

  static Map<String, SourceRecord> byId(List<SourceRecord> records) {
    return records.stream()
        .collect(Collectors.toMap(SourceRecord::id, Function.identity(), (a, b) -> b,
            LinkedHashMap::new));
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Adds or updates sources; restores removed ones.")
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
        SourceCatalog catalog = catalog(kafka.config());
        Map<String, SourceRecord> known = byId(catalog.listAll());
        catalog.put(records);
        for (SourceRecord r : records) {
          SourceRecord before = known.get(r.id());
          System.out.println((before == null ? "added " : before.removed() ? "restored "
              : "updated ") + r.type() + " " + r.url());
        }
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true,
      description = "Removes sources, for good: ingest does not register them again from its "
          + "configuration; 'sources add' restores one.")
  static final class Remove implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Parameters(paramLabel = "URL", arity = "1..*")
    List<String> urls;

    @Override
    public Integer call() {
      try (KafkaRuntime kafka = KafkaRuntime.start(options.load())) {
        SourceCatalog catalog = catalog(kafka.config());
        Map<String, SourceRecord> known = byId(catalog.listAll());
        // A configured source ingest has not registered yet is removed all the same.
        Map<String, SourceRecord> configured = byId(kafka.config().ingest().sources().stream()
            .map(s -> SourceRecord.of(s, Instant.now()))
            .toList());
        List<SourceRecord> removing = new ArrayList<>();
        int unknown = 0;
        for (String url : urls) {
          String id;
          try {
            id = CanonicalUrl.of(url);
          } catch (IllegalArgumentException e) {
            System.err.println("not a source URL: " + url + " (" + e.getMessage() + ")");
            unknown++;
            continue;
          }
          SourceRecord source = known.getOrDefault(id, configured.get(id));
          if (source == null) {
            System.err.println("no such source: " + url);
            unknown++;
          } else if (source.removed()) {
            System.out.println("already removed " + source.type() + " " + source.url());
          } else {
            removing.add(source);
          }
        }
        catalog.remove(removing);
        removing.forEach(r -> System.out.println("removed " + r.type() + " " + r.url()));
        return unknown == 0 ? 0 : 1;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists the sources with how their last poll went (news-source-status-v1).")
  static final class ListSources implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Option(names = "--removed", description = "List the removed sources instead.")
    boolean removed;

    @Option(names = "--format", defaultValue = "table",
        description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
      if (!format.equals("table") && !format.equals("json")) {
        System.err.println("--format must be table or json, not " + format);
        return 2;
      }
      try (KafkaRuntime kafka = KafkaRuntime.start(options.load())) {
        List<SourceRecord> all = catalog(kafka.config()).listAll();
        List<SourceRecord> shown = all.stream().filter(s -> s.removed() == removed).toList();
        Map<String, SourceStatus> statuses = SourceStatusStore.read(
            new KafkaClients(kafka.config().kafka()), topics(kafka.config()).sourceStatus());
        List<SourcesTable.Listed> listed = SourcesTable.listed(shown, statuses);
        if (format.equals("json")) {
          System.out.println(Json.writePretty(listed));
        } else if (removed) {
          System.out.print(SourcesTable.removed(shown));
        } else {
          System.out.print(SourcesTable.sources(listed, all.size() - shown.size()));
        }
      }
      return 0;
    }
  }
}
