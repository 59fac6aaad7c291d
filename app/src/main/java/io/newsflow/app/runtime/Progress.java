package io.newsflow.app.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The counters of every stage running in this process, printed as one line per stage whenever
 * that stage's figures change.
 */
public final class Progress {
  private final MeterRegistry registry;
  private final PrintStream out;
  private final Map<String, String> lastLine = new LinkedHashMap<>();

  public Progress(MeterRegistry registry, PrintStream out) {
    this.registry = registry;
    this.out = out;
  }

  public long fetched() {
    return sum("newsflow.ingest.fetched");
  }

  public long published() {
    return sum("newsflow.ingest.published");
  }

  public long enriched() {
    return sum("newsflow.enrich.enriched");
  }

  public long written() {
    return sum("newsflow.sink.written");
  }

  public long deadLettered() {
    return sum("newsflow.ingest.dead.lettered") + sum("newsflow.enrich.dead.lettered")
        + sum("newsflow.sink.dead.lettered");
  }

  /** Prints the line of each stage whose figures changed since the last call. */
  public synchronized void print(boolean ingest, boolean enrich, boolean sink) {
    if (ingest) {
      line("ingest", String.format("fetched %d, published %d, dead-lettered %d", fetched(),
          published(), sum("newsflow.ingest.dead.lettered")));
    }
    if (enrich) {
      line("enrich", String.format("enriched %d, duplicates dropped %d, dead-lettered %d",
          enriched(), sum("newsflow.enrich.duplicates"), sum("newsflow.enrich.dead.lettered")));
    }
    if (sink) {
      line("sink", String.format("written %d, dead-lettered %d", written(),
          sum("newsflow.sink.dead.lettered")));
    }
  }

  private void line(String stage, String figures) {
    if (!Objects.equals(lastLine.put(stage, figures), figures)) {
      out.printf("[%-6s] %s%n", stage, figures);
      out.flush();
    }
  }

  /**
   * Prints the progress lines of the given stages every {@code every} until the returned handle
   * is closed, which prints them a last time.
   */
  public AutoCloseable printEvery(java.time.Duration every, boolean ingest, boolean enrich,
      boolean sink) {
    java.util.concurrent.ScheduledExecutorService ticker =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "progress");
          t.setDaemon(true);
          return t;
        });
    ticker.scheduleAtFixedRate(() -> print(ingest, enrich, sink), every.toMillis(),
        every.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    return () -> {
      ticker.shutdownNow();
      print(ingest, enrich, sink);
    };
  }

  private long sum(String name) {
    return (long) Search.in(registry).name(name).counters().stream()
        .mapToDouble(Counter::count)
        .sum();
  }
}
