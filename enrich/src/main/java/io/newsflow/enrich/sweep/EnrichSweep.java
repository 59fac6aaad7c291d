package io.newsflow.enrich.sweep;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.EnrichConfig;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.enrich.BoundedEnricher;
import io.newsflow.enrich.EnrichFailure;
import io.newsflow.enrich.EnricherFactory;
import io.newsflow.enrich.NamedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Enriches every input as {@code newsflow annotate FILE.txt} does (through {@link
 * BoundedEnricher} with the given limits, no title, date or language), on {@code threads} threads
 * with one enricher each, and collects the inputs the enricher threw on or whose result broke an
 * {@linkplain EnrichmentInvariants invariant}. Nothing is swallowed: every failure is returned
 * with its input.
 */
public final class EnrichSweep {
  private EnrichSweep() {}

  /**
   * One failing input.
   *
   * @param crashed true when the enricher threw, false when its result broke an invariant
   */
  public record Failure(NamedText input, boolean crashed, String reason) {}

  /** What a sweep found; failures in input order. */
  public record Result(int tried, List<Failure> failures, long wallMs) {
    public Result {
      failures = List.copyOf(failures);
    }

    public long crashes() {
      return failures.stream().filter(Failure::crashed).count();
    }

    public long violations() {
      return failures.size() - crashes();
    }
  }

  /** Hears how a sweep goes: the inputs done every few hundred, each failure as it is found. */
  public interface Progress {
    void done(int inputs);

    void failed(Failure failure);

    /** Hears nothing. */
    static Progress silent() {
      return new Progress() {
        @Override
        public void done(int inputs) {}

        @Override
        public void failed(Failure failure) {}
      };
    }
  }

  /** Sweeps {@code inputs}. */
  public static Result run(EnricherFactory factory, EnrichConfig config, List<NamedText> inputs,
      int threads, Progress progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("need at least one thread");
    }
    Failure[] failed = new Failure[inputs.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          BoundedEnricher enricher = new BoundedEnricher(factory.create(), factory.engine(),
              config, Clock.systemUTC());
          int i;
          while ((i = next.getAndIncrement()) < inputs.size()) {
            failed[i] = check(enricher, inputs.get(i));
            if (failed[i] != null) {
              progress.failed(failed[i]);
            }
            int count = done.incrementAndGet();
            if (count % 500 == 0) {
              progress.done(count);
            }
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("sweep interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("sweep failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Result(inputs.size(),
        Arrays.stream(failed).filter(Objects::nonNull).toList(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** The failure of one input, or null when it was enriched and kept every invariant. */
  public static Failure check(BoundedEnricher enricher, NamedText input) {
    RawArticle article = article(input.text());
    EnrichedArticle result;
    try {
      result = enricher.enrich(article);
    } catch (RuntimeException | StackOverflowError e) {
      return new Failure(input, true, EnrichFailure.reasonOf(e));
    }
    List<String> broken = EnrichmentInvariants.violations(result.text(),
        new Enrichment(result.entities(), result.claims(), result.enrichment()));
    if (broken.isEmpty()) {
      return null;
    }
    String reason = String.join("; ", broken.subList(0, Math.min(3, broken.size())))
        + (broken.size() > 3 ? " (and " + (broken.size() - 3) + " more)" : "");
    return new Failure(input, false, reason);
  }

  /**
   * Writes each failing input to {@code dir} as {@code NAME.txt}, for {@code newsflow annotate},
   * and {@code failures.tsv} with the name, {@code crash} or {@code invariant}, and the reason.
   */
  public static void write(Path dir, List<Failure> failures) throws IOException {
    Files.createDirectories(dir);
    StringBuilder index = new StringBuilder("name\tkind\treason\n");
    for (Failure failure : failures) {
      String file = fileName(failure.input().name());
      Files.writeString(dir.resolve(file), failure.input().text() + "\n");
      index.append(file).append('\t').append(failure.crashed() ? "crash" : "invariant")
          .append('\t').append(failure.reason().replace('\t', ' ')).append('\n');
    }
    Files.writeString(dir.resolve("failures.tsv"), index);
  }

  /** A file name for an input name: safe characters only, ending in {@code .txt}. */
  static String fileName(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._+~-]+", "_");
    if (safe.length() > 150) {
      safe = safe.substring(0, 150);
    }
    return safe + ".txt";
  }

  /** The article {@code newsflow annotate} makes of a {@code .txt} file holding {@code text}. */
  static RawArticle article(String text) {
    return new RawArticle(RawArticle.SCHEMA_VERSION, "sweep", 1, false, "sweep:", "sweep:",
        "sweep", "", Instant.now(), "sweep", null, text, List.of(), null, null, null, null, null,
        null, List.of(), null, false);
  }
}
