package io.newsflow.app.cli;

import io.newsflow.app.runtime.EnrichLatencyBenchmark;
import io.newsflow.app.runtime.KafkaRuntime;
import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.enrich.nlp.EnrichBenchmark;
import io.newsflow.ingest.extract.ExtractBenchmark;
import io.newsflow.ingest.extract.HtmlPages;
import io.newsflow.ingest.extract.NewsArticleExtractor;
import io.newsflow.sink.postgres.SinkBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsflow bench}: throughput and latency figures on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Prints throughput and latency figures measured on this machine.",
    subcommands = {BenchCommand.Extract.class, BenchCommand.Enrich.class,
        BenchCommand.Sink.class})
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
          + "English articles extracted from a folder of .html (or .txt) files.",
          "With --through-kafka: p50/p95/p99 time from news-raw-v1 to news-enriched-v1 through "
              + "a real broker and the exactly-once enrich application at --rate articles/s."})
  static final class Enrich implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Parameters(paramLabel = "DIR") Path dir;

    @Option(names = "--threads", defaultValue = "2") int threads;

    @Option(names = "--limit", defaultValue = "300", description = "At most this many articles.")
    int limit;

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

    @Override
    public Integer call() throws Exception {
      List<String> texts = englishTexts(dir, limit).stream().map(t -> cut(t, maxWords)).toList();
      System.out.printf("%d English articles from %s%n", texts.size(), dir);
      if (texts.isEmpty()) {
        return 1;
      }
      NewsflowConfig config = options.load(Map.of("enrich.threads", String.valueOf(threads)));
      if (!throughKafka) {
        // As the stream sees them: cut to enrich.max-chars.
        int max = config.enrich().maxChars();
        EnrichBenchmark.run(texts.stream()
            .map(t -> t.length() > max ? t.substring(0, max) : t).toList(), threads, System.out);
        return 0;
      }
      try (KafkaRuntime kafka = KafkaRuntime.start(config)) {
        EnrichLatencyBenchmark.run(kafka.config(), texts, rate, articles, warmup, System.out);
      }
      return 0;
    }

    static String cut(String text, int maxWords) {
      if (maxWords <= 0) {
        return text;
      }
      String[] words = text.split("(?<=\\s)(?=\\S)");
      return words.length <= maxWords ? text
          : String.join("", java.util.Arrays.copyOf(words, maxWords)).strip();
    }

    static List<String> englishTexts(Path dir, int limit) throws Exception {
      NewsArticleExtractor extractor = new NewsArticleExtractor();
      List<String> texts = new ArrayList<>();
      List<Path> files;
      try (var list = Files.list(dir)) {
        files = list.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        if (texts.size() >= limit) {
          break;
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".txt")) {
          texts.add(Files.readString(file));
          continue;
        }
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
          continue;
        }
        String url = file.toAbsolutePath().toUri().toString();
        ExtractedArticle a =
            extractor.extract(HtmlPages.parse(Files.readAllBytes(file), null, url), url);
        if ("en".equals(a.language()) && a.text().length() >= 500) {
          texts.add(a.text());
        }
      }
      return texts;
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
}
