package io.newsflow.enrich.nlp;

import io.newsflow.core.article.RawArticle;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichFailure;
import io.newsflow.enrich.EnricherFactory;
import io.newsflow.enrich.NamedText;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Measures enrichment throughput: every text enriched once after a warm-up, on {@code threads}
 * threads with one enricher each (as the stream threads do), reporting articles per second,
 * p50/p99 milliseconds per article and the peak heap. For {@code newsflow bench enrich DIR}.
 *
 * <p>An article the enricher fails on is counted and named with the error's one-line reason, and
 * the run goes on: the figures cover every article tried, the percentiles the ones enriched. A
 * failure during the warm-up is not counted there; the same article fails again in the timed run.
 */
public final class EnrichBenchmark {
  private EnrichBenchmark() {}

  /**
   * The figures of one run.
   *
   * @param articles the articles tried, failed ones included
   * @param failures the articles the enricher threw on, in input order
   * @param peakHeapMb the sum of the heap pools' peaks during the timed run, an upper bound
   */
  public record Result(
      int articles, int threads, long wallMs, double articlesPerSecond, double p50Ms,
      double p99Ms, double cpuMsPerArticle, long peakHeapMb, long words,
      List<EnrichFailure> failures) {
    public Result {
      failures = List.copyOf(failures);
    }
  }

  /** Runs the benchmark with the CoreNLP engine over texts named by their position. */
  public static Result run(List<String> texts, int threads, PrintStream out) {
    return run(new CoreNlpEnricherFactory(), numbered(texts), threads, out);
  }

  /** Runs the benchmark with the CoreNLP engine. */
  public static Result runNamed(List<NamedText> texts, int threads, PrintStream out) {
    return run(new CoreNlpEnricherFactory(), texts, threads, out);
  }

  /** Texts named {@code #1}, {@code #2}, ... */
  public static List<NamedText> numbered(List<String> texts) {
    return IntStream.range(0, texts.size())
        .mapToObj(i -> new NamedText("#" + (i + 1), texts.get(i))).toList();
  }

  public static Result run(
      EnricherFactory factory, List<NamedText> texts, int threads, PrintStream out) {
    if (texts.isEmpty() || threads < 1) {
      throw new IllegalArgumentException("need at least one text and one thread");
    }
    List<ArticleEnricher> enrichers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      enrichers.add(factory.create());
    }
    int warmUp = Math.min(texts.size(), 100); // the JIT needs about this many to settle
    for (int i = 0; i < warmUp; i++) {
      try {
        enrichers.get(i % threads).enrich(article(texts.get(i).text()));
      } catch (RuntimeException | StackOverflowError e) {
        // counted in the timed run, where the same article fails again
      }
    }
    System.gc();
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
    java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    EnrichFailure[] failed = new EnrichFailure[texts.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (ArticleEnricher enricher : enrichers) {
        workers.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < texts.size()) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            try {
              enricher.enrich(article(texts.get(i).text()));
              nanos.add(System.nanoTime() - t0);
            } catch (RuntimeException | StackOverflowError e) {
              failed[i] = EnrichFailure.of(texts.get(i).name(), e);
            }
            cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - c0);
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("benchmark failed", e);
    } finally {
      pool.shutdownNow();
    }
    long wallNanos = System.nanoTime() - started;
    long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    long words = texts.stream().mapToLong(t -> t.text().split("\\s+").length).sum();
    List<EnrichFailure> failures =
        Arrays.stream(failed).filter(Objects::nonNull).toList();
    Result result = new Result(texts.size(), threads, wallNanos / 1_000_000,
        texts.size() / (wallNanos / 1e9), percentile(sorted, 50), percentile(sorted, 99),
        cpuNanos.get() / 1e6 / texts.size(), peak / (1024 * 1024), words, failures);
    out.printf(Locale.ROOT,
        "enrich bench: %d articles (%d words, %.0f words/article), %d thread(s): %.2f articles/s,"
            + " p50 %.0f ms, p99 %.0f ms, wall %d ms, CPU %.0f ms/article (%.1f articles per"
            + " CPU-second), peak heap %d MB%n",
        result.articles(), words, (double) words / texts.size(), threads,
        result.articlesPerSecond(), result.p50Ms(), result.p99Ms(), result.wallMs(),
        result.cpuMsPerArticle(), 1000.0 / result.cpuMsPerArticle(), result.peakHeapMb());
    out.printf(Locale.ROOT, "%d of %d articles failed%s%n", failures.size(), texts.size(),
        failures.isEmpty() ? "" : ":");
    for (EnrichFailure failure : failures) {
      out.printf("  %s: %s%n", failure.name(), failure.reason());
    }
    return result;
  }

  private static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
  }

  private static RawArticle article(String text) {
    return new RawArticle(RawArticle.SCHEMA_VERSION, "bench", 1, false, "bench:", "bench:",
        "bench", "bench", Instant.now(), "bench", null, text, List.of(),
        OffsetDateTime.now(ZoneOffset.UTC), null, "en", null, null, null, List.of(), null, false);
  }
}
