package io.newsflow.ingest.warc;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.core.config.ConfigLoader;
import io.newsflow.core.config.IngestConfig;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.ingest.IngestTopics;
import io.newsflow.ingest.discover.WarcArticleReader;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.extract.NewsArticleExtractor;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.state.FetchStateStore;
import io.newsflow.ingest.testing.Articles;
import io.newsflow.ingest.testing.ParagraphExtractor;
import io.newsflow.ingest.testing.WarcFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Throughput of {@link WarcIngest} without a broker (a {@link MockProducer} that acknowledges at
 * once), run by hand, not a test: how much the orchestration (reading, versioning, state,
 * records) costs on top of the bare reader, with the small test extractor. From the worktree root:
 *
 * <pre>
 * mvn -q -o -pl ingest -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/ingest-cp.txt -Dmdep.includeScope=test
 * cd ingest &amp;&amp; CP=target/classes:target/test-classes:$(cat /tmp/ingest-cp.txt)
 * java -Xmx512m -cp $CP io.newsflow.ingest.warc.WarcIngestBench 20000 /tmp/bench-ingest.warc.gz
 * java -Xmx512m -cp $CP io.newsflow.ingest.warc.WarcIngestBench 20000 /tmp/bench-ingest.warc.gz news
 * java -Xmx512m -cp $CP io.newsflow.ingest.warc.WarcIngestBench 20000 /tmp/bench-ingest.warc.gz news 1
 * </pre>
 *
 * <p>With {@code news} the production extractor ({@link NewsArticleExtractor}) runs instead of the
 * small test one. Prints records/s of the bare reader and of two WARC ingest runs (the second finds every
 * article unchanged). Figures on a shared 2-core machine are noisy: compare the ratios.
 */
public final class WarcIngestBench {
  private WarcIngestBench() {}

  public static void main(String[] args) throws Exception {
    int pages = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    if (!Files.exists(file)) {
      WarcFiles warc = new WarcFiles();
      Instant at = Instant.parse("2026-03-09T07:30:00Z");
      String filler = "The harbour council met again on a fictional evening in Larkspur Bay. ";
      for (int i = 0; i < pages; i++) {
        warc.capture("/2026/03/09/story-" + i, at, Articles.page("Story " + i,
            filler.repeat(5) + i, filler.repeat(8), filler.repeat(6) + " The end of " + i + "."));
      }
      warc.write(file);
    }
    long started = System.nanoTime();
    long records = 0;
    try (WarcArticleReader reader = WarcArticleReader.open(file)) {
      while (reader.hasNext()) {
        reader.next();
      }
      records = reader.stats().recordsRead();
    }
    report("reader alone", records, started);

    // A fourth argument sets ingest.concurrency, which bounds the extraction threads.
    IngestConfig config = new ConfigLoader().load(null, Map.of(),
        args.length > 3 ? Map.of("ingest.concurrency", args[3]) : Map.of()).ingest();
    IngestTopics topics = new IngestTopics(NewsTopics.withPrefix(""));
    MockProducer<String, byte[]> producer =
        new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    FetchStateStore states = new FetchStateStore(topics.fetchState(), producer);
    ArticleExtractor extractor = args.length > 2 && args[2].equals("news")
        ? new NewsArticleExtractor() : new ParagraphExtractor();
    WarcIngest ingest = new WarcIngest(config, extractor,
        new IngestPublisher(topics.news(), producer, registry), states, registry,
        Clock.systemUTC(), Duration.ofSeconds(5));
    for (String run : List.of("ingest, all new", "ingest, all unchanged")) {
      producer.clear();
      started = System.nanoTime();
      WarcIngest.Result result = ingest.ingest(List.of(file), p -> System.out.println("  " + p));
      report(run + " (" + result.published() + " published)", result.records(), started);
    }
  }

  private static void report(String what, long records, long startedNanos) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    System.out.printf(Locale.ROOT, "%-40s %8d records in %6.2f s: %8.0f records/s%n", what,
        records, seconds, records / seconds);
  }
}
