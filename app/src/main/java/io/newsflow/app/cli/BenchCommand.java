package io.newsflow.app.cli;

import io.newsflow.app.bench.SoakBenchmark;
import io.newsflow.app.runtime.EnrichLatencyBenchmark;
import io.newsflow.app.runtime.KafkaRuntime;
import io.newsflow.app.runtime.Stages;
import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.config.DurationParser;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.enrich.NamedText;
import io.newsflow.enrich.nlp.EnrichBenchmark;
import io.newsflow.enrich.sweep.EnrichSweep;
import io.newsflow.enrich.sweep.SentenceCuts;
import io.newsflow.ingest.extract.ExtractBenchmark;
import io.newsflow.ingest.extract.HtmlPages;
import io.newsflow.ingest.extract.NewsArticleExtractor;
import io.newsflow.sink.postgres.SinkBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsflow bench}: throughput and latency figures on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Prints throughput and latency figures measured on this machine.",
    subcommands = {BenchCommand.Extract.class, BenchCommand.Enrich.class,
        BenchCommand.Sink.class, BenchCommand.Soak.class})
public final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = "Pages/s of parsing + extraction on one thread over a folder of .html pages, "
          + "after warm-up.")
  static final class Extract implements Callable<Integer> {
    @Parameters(paramLabel = "DIR") Path dir;

    @Option(names = "--warmup", defaultValue = "2", description = "Warm-up passes over the folder.")
    int warmup;

    @Override
    public Integer call() throws Exception {
      ExtractBenchmark.run(dir, warmup, System.out);
      return 0;
    }
  }

  @Command(name = "enrich", mixinStandardHelpOptions = true,
      description = {"Articles/s and latency percentiles of entity and claim analysis over the "
          + "English articles extracted from a folder of .html (or .txt) files. An article the "
          + "analysis fails on is counted and named with the error's one-line reason; the run "
          + "goes on and exits 1.",
          "With --through-kafka: p50/p95/p99 time from news-raw-v1 to news-enriched-v1 through "
              + "a real broker and the exactly-once enrich application at --rate articles/s.",
          "With --sweep: a robustness sweep instead of a benchmark. Every page with text (any "
              + "language; its title as the first paragraph) is enriched whole and cut at seeded "
              + "random sentence boundaries: --cuts prefixes, suffixes and middle windows of "
              + "it, and --cuts splices of a window of it with a window of another page. Each "
              + "input is enriched as 'newsflow annotate FILE.txt' does and its result checked: "
              + "offsets in range, text[start:end] equal to the mention's or claim's text (code "
              + "points), no two name mentions overlapping, claims numbered in order, only a "
              + "denial answering, an allegation. Prints the inputs tried, the failures and the "
              + "time; writes each failing input to --failures as NAME.txt, to replay with "
              + "'newsflow annotate DIR/NAME.txt', and lists them with their reasons in "
              + "failures.tsv; exits 1 when any input failed. The same --seed gives the same "
              + "inputs."})
  static final class Enrich implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Parameters(paramLabel = "DIR") Path dir;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
        description = "Threads, one enricher each (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--limit", paramLabel = "N",
        description = "At most this many articles (default: 300; with --sweep: all pages).")
    Integer limit;

    @Option(names = "--through-kafka") boolean throughKafka;

    @Option(names = "--rate", defaultValue = "5", description = "Articles/s with --through-kafka.")
    double rate;

    @Option(names = "--articles", defaultValue = "150",
        description = "Measured articles with --through-kafka.")
    int articles;

    @Option(names = "--warmup", defaultValue = "100",
        description = "Articles sent first and not measured with --through-kafka (JIT warm-up).")
    int warmup;

    @Option(names = "--max-words", defaultValue = "0",
        description = "Cut each article to this many words (0: whole articles); the reference "
            + "figures are for ~650-word (~780-token) articles.")
    int maxWords;

    @Option(names = "--sweep", description = "Run the robustness sweep (see above).")
    boolean sweep;

    @Option(names = "--cuts", paramLabel = "N", defaultValue = "2",
        description = "With --sweep: prefixes, suffixes, middle windows and splices per page, "
            + "N of each (default: ${DEFAULT-VALUE}; 0: whole pages only).")
    int cuts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
        description = "With --sweep: the seed of the random cuts (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--failures", paramLabel = "DIR", defaultValue = "sweep-failures",
        description = "With --sweep: where failing inputs are written "
            + "(default: ${DEFAULT-VALUE}).")
    Path failures;

    @Override
    public Integer call() throws Exception {
      if (sweep) {
        return sweep();
      }
      List<NamedText> texts = englishTexts(dir, limit == null ? 300 : limit).stream()
          .map(t -> new NamedText(t.name(), cut(t.text(), maxWords))).toList();
      System.out.printf("%d English articles from %s%n", texts.size(), dir);
      if (texts.isEmpty()) {
        return 1;
      }
      NewsflowConfig config = options.load(Map.of("enrich.threads", String.valueOf(threads)));
      if (!throughKafka) {
        // As the stream sees them: cut to enrich.max-chars.
        int max = config.enrich().maxChars();
        EnrichBenchmark.Result result = EnrichBenchmark.runNamed(texts.stream()
            .map(t -> t.text().length() > max
                ? new NamedText(t.name(), t.text().substring(0, max)) : t)
            .toList(), threads, System.out);
        return result.failures().isEmpty() ? 0 : 1;
      }
      try (KafkaRuntime kafka = KafkaRuntime.start(config)) {
        EnrichLatencyBenchmark.Result result =
            EnrichLatencyBenchmark.run(kafka.config(), texts, rate, articles, warmup, System.out);
        return result.failures().isEmpty() ? 0 : 1;
      }
    }

    private int sweep() throws Exception {
      NewsflowConfig config = options.load(Map.of());
      List<NamedText> pages = pageTexts(dir, limit == null ? Integer.MAX_VALUE : limit);
      if (pages.isEmpty()) {
        System.out.printf("no page with text in %s%n", dir);
        return 1;
      }
      List<NamedText> inputs = sweepInputs(pages, cuts, seed);
      System.out.printf("sweep: %d pages from %s, %d inputs (whole, and %d prefixes, suffixes, "
          + "middle windows and splices per page, seed %d), %d thread(s)%n", pages.size(), dir,
          inputs.size(), cuts, seed, threads);
      EnrichSweep.Result result = EnrichSweep.run(Stages.enricherFactory(), config.enrich(),
          inputs, threads, new EnrichSweep.Progress() {
            @Override
            public void done(int done) {
              System.err.printf("sweep: %d of %d inputs done%n", done, inputs.size());
            }

            @Override
            public void failed(EnrichSweep.Failure failure) {
              System.err.printf("sweep: %s failed: %s%n", failure.input().name(),
                  failure.reason());
            }
          });
      System.out.printf("sweep: %d inputs in %.1f s: %d failed (%d crashed, %d broke an "
          + "invariant)%n", result.tried(), result.wallMs() / 1000.0, result.failures().size(),
          result.crashes(), result.violations());
      if (result.failures().isEmpty()) {
        return 0;
      }
      EnrichSweep.write(failures, result.failures());
      for (EnrichSweep.Failure failure : result.failures()) {
        System.out.printf("  %s: %s: %s%n", failure.input().name(),
            failure.crashed() ? "crash" : "invariant", failure.reason());
      }
      System.out.printf("failing inputs written to %s (replay: newsflow annotate %s/NAME.txt)%n",
          failures, failures);
      return 1;
    }

    /**
     * Each page whole, then its cuts and its splices with another page, drawn from a random
     * source seeded by {@code seed} and the page's name: a page's inputs do not depend on the
     * other pages in the folder, except for which one it is spliced with.
     */
    static List<NamedText> sweepInputs(List<NamedText> pages, int cuts, long seed) {
      List<NamedText> inputs = new ArrayList<>(pages);
      for (int i = 0; i < pages.size() && cuts > 0; i++) {
        NamedText page = pages.get(i);
        Random random = new Random(31 * seed + page.name().hashCode());
        inputs.addAll(SentenceCuts.cuts(page, cuts, random));
        if (pages.size() > 1) {
          int other = (i + 1 + random.nextInt(pages.size() - 1)) % pages.size();
          inputs.addAll(SentenceCuts.splices(page, pages.get(other), cuts, random));
        }
      }
      return inputs;
    }

    /**
     * The text of every page (any language) and .txt file in {@code dir}, as {@code newsflow
     * annotate} reads a .txt file: the title as the first paragraph, Unix line ends, stripped.
     */
    static List<NamedText> pageTexts(Path dir, int limit) throws Exception {
      NewsArticleExtractor extractor = new NewsArticleExtractor();
      List<NamedText> texts = new ArrayList<>();
      for (Path file : files(dir)) {
        if (texts.size() >= limit) {
          break;
        }
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String text;
        if (name.endsWith(".txt")) {
          text = Files.readString(file);
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
          String url = file.toAbsolutePath().toUri().toString();
          ExtractedArticle a =
              extractor.extract(HtmlPages.parse(Files.readAllBytes(file), null, url), url);
          String title = a.title() == null ? "" : a.title().strip();
          text = title.isEmpty() || a.text().startsWith(title) ? a.text()
              : title + "\n\n" + a.text();
        } else {
          continue;
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (!text.isEmpty()) {
          texts.add(new NamedText(stem, text));
        }
      }
      return texts;
    }

    static String cut(String text, int maxWords) {
      if (maxWords <= 0) {
        return text;
      }
      String[] words = text.split("(?<=\\s)(?=\\S)");
      return words.length <= maxWords ? text
          : String.join("", java.util.Arrays.copyOf(words, maxWords)).strip();
    }

    static List<NamedText> englishTexts(Path dir, int limit) throws Exception {
      NewsArticleExtractor extractor = new NewsArticleExtractor();
      List<NamedText> texts = new ArrayList<>();
      for (Path file : files(dir)) {
        if (texts.size() >= limit) {
          break;
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".txt")) {
          texts.add(new NamedText(name, Files.readString(file)));
          continue;
        }
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
          continue;
        }
        String url = file.toAbsolutePath().toUri().toString();
        ExtractedArticle a =
            extractor.extract(HtmlPages.parse(Files.readAllBytes(file), null, url), url);
        if ("en".equals(a.language()) && a.text().length() >= 500) {
          texts.add(new NamedText(name, a.text()));
        }
      }
      return texts;
    }

    private static List<Path> files(Path dir) throws Exception {
      try (var list = Files.list(dir)) {
        return list.filter(Files::isRegularFile).sorted().toList();
      }
    }
  }

  @Command(name = "sink", mixinStandardHelpOptions = true,
      description = "Articles/s written with their entities and claims into PostgreSQL.")
  static final class Sink implements Callable<Integer> {
    @Option(names = "--postgres-url", paramLabel = "JDBC_URL",
        defaultValue = "jdbc:postgresql://127.0.0.1:5432/test")
    String postgresUrl;

    @Option(names = "--articles", defaultValue = "5000") int articles;

    @Override
    public Integer call() {
      SinkBenchmark.run(postgresUrl, articles, System.out);
      return 0;
    }
  }

  @Command(name = "soak", mixinStandardHelpOptions = true,
      description = {"Runs the whole pipeline (ingest, enrich and sink, as 'newsflow run' does; "
          + "enrich exactly-once) for --minutes against a local synthetic publisher of fictional "
          + "news on --outlets loopback hosts (127.0.0.2 ...), read through their feeds and "
          + "sitemaps, whose articles appear at --rate per second and, every --update-every-th "
          + "one, get a correction --update-after later.",
          "Prints a row per minute: articles put out, fetched, published, enriched and written; "
              + "fetch-to-sink latency percentiles (p50/p95/p99/max) of the articles the sink "
              + "committed that minute; the largest consumer lag of enrich and sink; the article "
              + "versions not fetched yet; the heap after the minute's last garbage collection "
              + "and the lowest after any. Then the publisher stops putting out anything new, "
              + "the pipeline drains, and a summary says what was lost (served, never in the "
              + "sink's JSON Lines files) and duplicated (in them twice), and how the heap moved. "
              + "Exits 1 when anything was lost or duplicated.",
          "Uses the in-process broker (on a free port) in a temporary data directory, deleted "
              + "at the end, unless --data-dir, --bootstrap-servers or --set say otherwise; "
              + "serves /metrics and /health/* only when --http is given."})
  static final class Soak implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Option(names = "--minutes", paramLabel = "N", defaultValue = "10",
        description = "Minutes of publishing (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "10",
        description = "New articles per second over all outlets (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--outlets", paramLabel = "N", defaultValue = "24",
        description = "Hosts of the publisher, a third read through their feed, a third through "
            + "their sitemap, a third through both (default: ${DEFAULT-VALUE}).")
    int outlets;

    @Option(names = "--update-every", paramLabel = "N", defaultValue = "5",
        description = "Every N-th article gets a correction; 0: none (default: ${DEFAULT-VALUE}).")
    int updateEvery;

    @Option(names = "--update-after", paramLabel = "DURATION", defaultValue = "30s",
        description = "How long after it appeared (default: ${DEFAULT-VALUE}).")
    String updateAfter;

    @Option(names = "--poll-interval", paramLabel = "DURATION", defaultValue = "10s",
        description = "ingest.poll-interval: how often each feed and sitemap is polled, and the "
            + "shortest interval at which a published article is checked again "
            + "(default: ${DEFAULT-VALUE}).")
    String pollInterval;

    @Option(names = "--drain-timeout", paramLabel = "DURATION", defaultValue = "5m",
        description = "How long to wait at the end for every article served to reach the sink "
            + "(default: ${DEFAULT-VALUE}).")
    String drainTimeout;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
        description = "The publisher's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE",
        description = "Also write the rows to FILE as they come: CSV when it ends in .csv, else "
            + "JSON Lines with the summary as a last line.")
    Path out;

    @Option(names = "--postgres-url", paramLabel = "JDBC_URL",
        description = "Also write to PostgreSQL, as 'newsflow run --postgres-url' does.")
    String postgresUrl;

    @Option(names = "--full-gc",
        description = "Collect the whole heap (System.gc()) at the end of each minute, so that "
            + "the heap after GC is the live set rather than what the last young collection "
            + "left with the old generation's garbage; costs one pause (a few hundred ms) a "
            + "minute, which the next minute's latencies include.")
    boolean fullGc;

    @Option(names = "--keep-data", description = "Keep the temporary data directory.")
    boolean keepData;

    @Override
    public Integer call() throws Exception {
      Map<String, String> extra = new HashMap<>();
      extra.put("ingest.poll-interval", pollInterval);
      defaultTo(extra, "ingest.host-delay", "50ms");
      defaultTo(extra, "kafka.embedded.listen", "127.0.0.1:0");
      if (options.http == null) {
        defaultTo(extra, "http.listen", "off");
      }
      if (postgresUrl != null) {
        extra.put("sink.postgres.url", postgresUrl);
      }
      Path temp = null;
      if (options.dataDir == null && !options.settings.containsKey("data-dir")) {
        temp = Files.createTempDirectory("newsflow-soak-");
        extra.put("data-dir", temp.toString());
      }
      Thread cleanUp = null;
      if (temp != null && !keepData) {
        Path dir = temp;
        cleanUp = new Thread(() -> deleteQuietly(dir), "soak-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
      }
      try {
        NewsflowConfig config = options.load(extra);
        SoakBenchmark.Result result = SoakBenchmark.run(config, new SoakBenchmark.Settings(
            minutes, rate, outlets, updateEvery, DurationParser.parse(updateAfter),
            DurationParser.parse(pollInterval), DurationParser.parse(drainTimeout), seed, fullGc,
            out),
            System.out);
        return result.passed() ? 0 : 1;
      } finally {
        if (cleanUp != null) {
          try {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            deleteQuietly(temp);
          } catch (IllegalStateException shuttingDown) {
            // the hook deletes it
          }
        } else if (temp != null) {
          System.out.println("data kept in " + temp);
        }
      }
    }

    /** A soak default the user's --set takes precedence over. */
    private void defaultTo(Map<String, String> extra, String key, String value) {
      if (!options.settings.containsKey(key)) {
        extra.put(key, value);
      }
    }

    private static void deleteQuietly(Path dir) {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> {
          try {
            Files.deleteIfExists(p);
          } catch (IOException ignored) {
            // best effort: a temporary directory
          }
        });
      } catch (IOException | RuntimeException ignored) {
        // best effort: a temporary directory
      }
    }
  }
}
