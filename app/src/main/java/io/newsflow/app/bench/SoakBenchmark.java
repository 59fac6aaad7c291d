package io.newsflow.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.newsflow.app.health.Health;
import io.newsflow.app.health.HealthReport;
import io.newsflow.app.metrics.ConsumerLagMeter;
import io.newsflow.app.metrics.ServiceMetrics;
import io.newsflow.app.runtime.KafkaRuntime;
import io.newsflow.app.runtime.Monitoring;
import io.newsflow.app.runtime.Pipeline;
import io.newsflow.app.runtime.Progress;
import io.newsflow.app.runtime.Stages;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.error.ConfigException;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.NewsTopics;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsflow bench soak}: the whole pipeline (ingest, enrich, sink, as {@code newsflow run}
 * runs them, exactly-once through Kafka) against a {@link SyntheticNewsSite} of many loopback
 * hosts, minute after minute. Each minute prints what the publisher put out and served, what each
 * stage did, the fetch-to-sink latency percentiles of the articles the sink committed, the
 * consumer lags, the articles not fetched yet and the heap after garbage collection. Then the
 * publisher stops putting out anything new, the pipeline drains, and a summary says what was
 * lost (served, never in the sink's files) and duplicated (in them twice).
 */
public final class SoakBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(SoakBenchmark.class);
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final Pattern ARTICLE_URL = Pattern.compile("^(https?://[^/]+)/a/(\\d+)/");
  private static final String CORRECTION = "Correction: an earlier version of this article";

  /**
   * How to soak.
   *
   * @param minutes how long the publisher puts out articles
   * @param rate new articles per second, over every outlet
   * @param outlets hosts of the publisher (127.0.0.2 ...): a third listed by their feed, a third
   *     by their sitemap, a third by both
   * @param updateEvery every this-th article gets a correction (0: none)
   * @param updateAfter that long after it appeared
   * @param pollInterval how often ingest polls each source (ingest.poll-interval); also the
   *     shortest interval at which it checks a published article again
   * @param drainTimeout how long to wait at the end for every article served to reach the sink
   * @param seed the publisher's seed
   * @param fullGc collect the whole heap at the end of each minute, so that the heap after GC
   *     is the live set (a pause of a few hundred ms a minute) rather than what the last young
   *     collection left
   * @param out where to write the rows too (.csv: CSV, else JSON Lines), or null
   */
  public record Settings(int minutes, double rate, int outlets, int updateEvery,
      Duration updateAfter, Duration pollInterval, Duration drainTimeout, long seed,
      boolean fullGc, Path out) {
    public Settings {
      if (minutes < 1) {
        throw new ConfigException("--minutes must be at least 1");
      }
      if (rate <= 0) {
        throw new ConfigException("--rate must be above 0");
      }
      if (outlets < 1 || outlets > 200) {
        throw new ConfigException("--outlets must be from 1 to 200");
      }
    }
  }

  /** The outcome: the exit code is 0 only when nothing was lost or duplicated. */
  public record Result(long served, long sunk, long lost, long duplicated, boolean failed) {
    public boolean passed() {
      return !failed && served > 0 && lost == 0 && duplicated == 0;
    }
  }

  private final NewsflowConfig config;
  private final Settings settings;
  private final PrintStream out;
  private final SoakClock clock = new SoakClock();
  private final SoakLedger ledger = new SoakLedger();
  private final ObjectMapper json = new ObjectMapper();
  private final Object latencyLock = new Object();
  private LatencyHistogram minuteLatency = new LatencyHistogram();
  private final LatencyHistogram totalLatency = new LatencyHistogram();
  private final List<SoakRow> rows = new ArrayList<>();
  private final Map<String, Integer> outletOfBase = new HashMap<>();
  private long foreignLines;
  private long unreadableLines;

  private SoakBenchmark(NewsflowConfig config, Settings settings, PrintStream out) {
    this.config = config;
    this.settings = settings;
    this.out = out;
  }

  /**
   * Runs the soak on {@code config} (its sources replaced by the publisher's, the fetcher
   * allowed to reach the publisher's loopback addresses and no others) and prints its report to
   * {@code out}.
   *
   * @throws ConfigException when the sink does not write JSON Lines files, which the soak reads
   */
  public static Result run(NewsflowConfig config, Settings settings, PrintStream out)
      throws InterruptedException, IOException {
    if (!config.sink().jsonl().enabled()) {
      throw new ConfigException(
          "the soak reads what the sink writes to its JSON Lines files: keep sink.jsonl.enabled");
    }
    return new SoakBenchmark(config, settings, out).run();
  }

  private Result run() throws InterruptedException, IOException {
    try (SyntheticNewsSite site = new SyntheticNewsSite(settings.seed(), settings.outlets(), 0,
        settings.rate(), 0, settings.updateEvery(), settings.updateAfter(), clock)) {
      site.listen(ledger::served);
      List<String> bases = site.baseUrls();
      for (int i = 0; i < bases.size(); i++) {
        outletOfBase.put(bases.get(i), i);
      }
      // The publisher's feeds and sitemaps in place of the configured sources; the fetcher may
      // reach the publisher's loopback addresses, and those only.
      NewsflowConfig soak = config.withIngest(config.ingest()
          .withSources(sources(site, settings.pollInterval()))
          .withAllowAddresses(bases.stream().map(b -> URI.create(b).getHost()).toList()));
      printSetup(site, soak);
      Thread warmUp = new Thread(() -> Stages.enricherFactory().warmUp(), "nlp-warm-up");
      warmUp.setDaemon(true);
      long starting = System.nanoTime();
      warmUp.start();
      // The pipeline's meters go to the soak's registry and to the one /metrics serves.
      try (SoakMeterRegistry registry = new SoakMeterRegistry(this::fetchedToSink);
          ServiceMetrics service = new ServiceMetrics()) {
        CompositeMeterRegistry both = new CompositeMeterRegistry(
            io.micrometer.core.instrument.Clock.SYSTEM, List.of(registry, service.registry()));
        try {
          return soak(site, soak, warmUp, starting, registry, service, both);
        } finally {
          both.close();
        }
      }
    }
  }

  private Result soak(SyntheticNewsSite site, NewsflowConfig soak, Thread warmUp, long starting,
      SoakMeterRegistry registry, ServiceMetrics service, CompositeMeterRegistry both)
      throws InterruptedException, IOException {
    try (Monitoring monitoring = Monitoring.start(soak.http(), service.registry());
        HeapAfterGc heap = new HeapAfterGc();
        KafkaRuntime kafka = KafkaRuntime.start(soak);
        Pipeline pipeline = Pipeline.start(
            kafka.config(), both, EnumSet.allOf(Pipeline.Stage.class));
        ConsumerLagMeter lag = new ConsumerLagMeter(
            new KafkaClients(kafka.config().kafka()), registry, Duration.ofSeconds(5));
        SoakRowsFile file = SoakRowsFile.open(settings.out(), json)) {
      NewsTopics topics = NewsTopics.withPrefix(soak.kafka().topicPrefix());
      lag.watch("enrich", soak.enrich().applicationId(), topics.raw().name())
          .watch("sink", soak.sink().groupId(), topics.enriched().name());
      monitoring.connect(kafka.config());
      monitoring.watch(pipeline);
      out.printf("pipeline: ingest, enrich and sink in this process on %s %s (enrich "
          + "exactly-once); data in %s%s%n", kafka.embedded() ? "the in-process broker at"
          : "the Kafka at", kafka.config().kafka().bootstrapServers(), soak.dataDir(),
          monitoring.httpAddress().map(a -> "; metrics at http://" + a + "/metrics")
              .orElse(""));
      out.flush();
      pipeline.pollContinuously();
      Run run = new Run(site, pipeline, registry, heap,
          new SinkFileFollower(soak.sink().jsonl().dir()), file);
      awaitReady(warmUp, pipeline);
      out.printf("ready after %.1f s (NLP models loaded, every stage running): the publisher "
          + "starts now%n%n", (System.nanoTime() - starting) / 1e9);
      out.println(SoakRow.HEADER);
      out.flush();
      return run.soak();
    }
  }

  /** A third of the outlets by their feed, a third by their sitemap, a third by both. */
  static List<SourceConfig> sources(SyntheticNewsSite site, Duration pollInterval) {
    List<SourceConfig> sources = new ArrayList<>();
    for (int i = 0; i < site.outlets(); i++) {
      if (i % 3 != 1) {
        sources.add(site.feed(i, pollInterval));
      }
      if (i % 3 != 0) {
        sources.add(site.sitemap(i, pollInterval));
      }
    }
    return sources;
  }

  private void printSetup(SyntheticNewsSite site, NewsflowConfig soak) {
    List<String> bases = site.baseUrls();
    long feeds = soak.ingest().sources().stream()
        .filter(s -> s.type().equals(SourceConfig.FEED)).count();
    long sitemaps = soak.ingest().sources().size() - feeds;
    out.printf("soak: %d min at %s new articles/s%s%n", settings.minutes(),
        number(settings.rate()), settings.updateEvery() > 0
            ? String.format(Locale.ROOT, ", a correction of every %s article %d s after it "
                + "appeared", ordinal(settings.updateEvery()), settings.updateAfter().toSeconds())
            : ", no corrections");
    out.printf("publisher: %d outlets, %s to %s, read through %d feeds and %d sitemaps "
        + "(%d outlets by both), polled every %d s%n", bases.size(),
        URI.create(bases.get(0)).getAuthority(), URI.create(bases.get(bases.size() - 1))
            .getAuthority(), feeds, sitemaps, feeds + sitemaps - bases.size(),
        settings.pollInterval().toSeconds());
    out.flush();
  }

  private void awaitReady(Thread warmUp, Pipeline pipeline) throws InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    warmUp.join(READY_TIMEOUT.toMillis());
    Health health = new Health();
    pipeline.addHealthChecks(health);
    health.started();
    HealthReport report = health.readiness();
    while (!report.up() || warmUp.isAlive()) {
      pipeline.checkHealthy();
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the pipeline was not ready after " + READY_TIMEOUT
            + ": " + report.checks());
      }
      Thread.sleep(250);
      report = health.readiness();
    }
  }

  private void fetchedToSink(long nanos) {
    synchronized (latencyLock) {
      minuteLatency.record(nanos);
    }
  }

  private LatencyHistogram takeLatency() {
    synchronized (latencyLock) {
      LatencyHistogram taken = minuteLatency;
      minuteLatency = new LatencyHistogram();
      totalLatency.add(taken);
      return taken;
    }
  }

  /** A line of the sink's files: which article of the publisher, which content, which version. */
  private void sunk(byte[] line) {
    JsonNode article;
    try {
      article = json.readTree(line);
    } catch (IOException e) {
      unreadableLines++;
      return;
    }
    Matcher m = ARTICLE_URL.matcher(article.path("url").asText(""));
    if (!m.find() || !outletOfBase.containsKey(m.group(1))) {
      foreignLines++;
      return;
    }
    int n = Integer.parseInt(m.group(2));
    int content = article.path("text").asText("").contains(CORRECTION) ? 2 : 1;
    ledger.sunk(n, content, article.path("version").asInt(0));
  }

  /** The soak once the pipeline is ready: the minutes, the drain, the summary. */
  private final class Run {
    private final SyntheticNewsSite site;
    private final Pipeline pipeline;
    private final SoakMeterRegistry registry;
    private final HeapAfterGc heap;
    private final SinkFileFollower follower;
    private final SoakRowsFile file;
    private final Progress progress;
    private final com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long enrichLag = -1;
    private long sinkLag = -1;
    private long lastCpuNanos;
    private long lastRowNanos;
    private Totals last = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Cumulative figures at one moment. */
    private record Totals(long appeared, long corrected, long fetched, long requests,
        long notModified, long published, long enriched, long written, long deadLettered,
        long servedArticles, long servedCorrections) {}

    Run(SyntheticNewsSite site, Pipeline pipeline, SoakMeterRegistry registry,
        HeapAfterGc heap, SinkFileFollower follower, SoakRowsFile file) {
      this.site = site;
      this.pipeline = pipeline;
      this.registry = registry;
      this.heap = heap;
      this.follower = follower;
      this.file = file;
      this.progress = new Progress(registry, out);
    }

    Result soak() throws InterruptedException, IOException {
      long started = System.nanoTime();
      clock.run();
      site.begin();
      takeLatency();
      heap.window();
      lastCpuNanos = os.getProcessCpuTime();
      lastRowNanos = started;
      boolean failed = false;
      boolean drained = false;
      long draining = 0;
      try {
        for (int minute = 1; minute <= settings.minutes(); minute++) {
          long end = started + TimeUnit.MINUTES.toNanos(minute);
          while (System.nanoTime() < end) {
            Thread.sleep(Math.min(1000, Math.max(1,
                TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
            tick();
          }
          if (minute == settings.minutes()) {
            // Nothing new from the end of the last minute on, before its row is counted.
            clock.hold();
          }
          row("soak", minute, 60, settings.fullGc());
        }
        draining = System.nanoTime();
        drained = drain();
      } catch (IllegalStateException stageStopped) {
        LOG.error("The soak stops: {}", stageStopped.getMessage(), stageStopped);
        out.println("a stage stopped: " + stageStopped.getMessage());
        clock.hold();
        failed = true;
      }
      double drainSeconds = draining == 0 ? 0 : (System.nanoTime() - draining) / 1e9;
      row("drain", 0, drainSeconds, false);
      return summary(drained, drainSeconds, failed);
    }

    /** One second's look: the sink's new lines, the lags, the stages' health. */
    private void tick() throws IOException {
      follower.poll(SoakBenchmark.this::sunk);
      enrichLag = Math.max(enrichLag, lag("enrich"));
      sinkLag = Math.max(sinkLag, lag("sink"));
      pipeline.checkHealthy();
    }

    private long lag(String stage) {
      Gauge gauge = registry.find(ConsumerLagMeter.NAME).tag("stage", stage).gauge();
      return gauge == null ? -1 : (long) gauge.value();
    }

    /**
     * Waits until every article version served has reached the sink, and either every one the
     * publisher put out was served or nothing was served for two poll intervals.
     */
    private boolean drain() throws InterruptedException, IOException {
      long deadline = System.nanoTime() + settings.drainTimeout().toNanos();
      long quiet = settings.pollInterval().multipliedBy(2).toNanos();
      while (System.nanoTime() < deadline) {
        tick();
        SoakLedger.Counts counts = ledger.counts();
        if (counts.pending() == 0
            && (unfetched(counts) == 0 || System.nanoTime() - counts.lastServedNanos() > quiet)) {
          return true;
        }
        Thread.sleep(500);
      }
      return false;
    }

    private long unfetched(SoakLedger.Counts counts) {
      return site.published() - counts.servedArticles() + site.updated()
          - counts.servedCorrections();
    }

    /** CPU time of the process since the last row over the wall time: cores in use. */
    private double cpu() {
      long cpuNanos = os.getProcessCpuTime();
      long now = System.nanoTime();
      double cores = (cpuNanos - lastCpuNanos) / (double) Math.max(1, now - lastRowNanos);
      lastCpuNanos = cpuNanos;
      lastRowNanos = now;
      return cores;
    }

    /**
     * Ends a period: its counts, latencies and lags, then (with {@code fullGc}, after those, so
     * that they stop at the period's end) a full collection, then the heap.
     */
    private void row(String phase, int minute, double seconds, boolean fullGc)
        throws IOException, InterruptedException {
      SoakLedger.Counts counts = ledger.counts();
      Totals now = new Totals(site.published(), site.updated(),
          counts.servedArticles() + counts.servedCorrections(), site.requests(),
          site.notModified(), progress.published(), progress.enriched(), progress.written(),
          progress.deadLettered(), counts.servedArticles(), counts.servedCorrections());
      LatencyHistogram latency = takeLatency();
      long unfetched = unfetched(counts);
      double cpu = cpu();
      long fullGcMs = fullGc ? heap.collectNow() : -1;
      SoakRow row = new SoakRow(phase, minute, seconds, now.appeared() - last.appeared(),
          now.corrected() - last.corrected(), now.fetched() - last.fetched(),
          now.requests() - last.requests(), now.notModified() - last.notModified(),
          now.published() - last.published(), now.enriched() - last.enriched(),
          now.written() - last.written(), now.deadLettered() - last.deadLettered(),
          latency, enrichLag, sinkLag, unfetched, heap.window(), cpu, fullGcMs);
      last = now;
      enrichLag = -1;
      sinkLag = -1;
      rows.add(row);
      out.println(row.line());
      out.flush();
      file.row(row);
    }

    private Result summary(boolean drained, double drainSeconds, boolean failed)
        throws IOException {
      SoakLedger.Counts counts = ledger.counts();
      long notFetchedArticles = 0;
      long notFetchedCorrections = 0;
      for (int n = 0; n < site.published(); n++) {
        if (!ledger.wasServed(n)) {
          notFetchedArticles++;
        }
        if (site.corrected(n) && !ledger.wasServed(n, 2)) {
          notFetchedCorrections++;
        }
      }
      long lost = counts.pending();
      long duplicated = counts.duplicated();
      Result result = new Result(counts.servedArticles() + counts.servedCorrections(),
          counts.sunkVersions(), lost, duplicated, failed);
      List<SoakRow> minutes = rows.stream().filter(r -> r.phase().equals("soak")).toList();
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("phase", "summary");
      s.put("minutes", minutes.size());
      s.put("rate", settings.rate());
      s.put("outlets", settings.outlets());
      s.put("appeared", site.published());
      s.put("corrected", site.updated());
      s.put("fetched", result.served());
      s.put("published", progress.published());
      s.put("enriched", progress.enriched());
      s.put("written", progress.written());
      s.put("deadLettered", progress.deadLettered());
      s.put("sinkLines", counts.sunkVersions());
      s.put("lost", lost);
      s.put("duplicated", duplicated);
      s.put("writtenTwice", counts.writtenTwice());
      s.put("republished", counts.republished());
      s.put("notFetchedArticles", notFetchedArticles);
      s.put("notFetchedCorrections", notFetchedCorrections);
      s.put("inSinkNeverServed", counts.unexpected());
      s.put("latencySamples", totalLatency.count());
      s.put("p50Ms", round(totalLatency.percentileMs(0.50)));
      s.put("p95Ms", round(totalLatency.percentileMs(0.95)));
      s.put("p99Ms", round(totalLatency.percentileMs(0.99)));
      s.put("maxMs", round(totalLatency.maxMs()));
      SoakRow enrichMax = maxBy(minutes, SoakRow::enrichLag);
      SoakRow sinkMax = maxBy(minutes, SoakRow::sinkLag);
      s.put("maxEnrichLag", enrichMax == null ? null : enrichMax.enrichLag());
      s.put("maxSinkLag", sinkMax == null ? null : sinkMax.sinkLag());
      HeapTrend last = HeapTrend.of(minutes, HeapAfterGc.Window::lastBytes);
      HeapTrend lowest = HeapTrend.of(minutes, HeapAfterGc.Window::lowestBytes);
      s.put("fullGcEachMinute", settings.fullGc());
      s.put("heapAfterGcFirstMb", round(last.firstMb()));
      s.put("heapAfterGcLastMb", round(last.lastMb()));
      s.put("heapAfterGcSlopeMbPerMinute", round(last.slopeMbPerMinute()));
      s.put("heapAfterGcLowestFirstMb", round(lowest.firstMb()));
      s.put("heapAfterGcLowestLastMb", round(lowest.lastMb()));
      s.put("heapAfterGcLowestSlopeMbPerMinute", round(lowest.slopeMbPerMinute()));
      double cpu = minutes.stream().mapToDouble(SoakRow::cpu).average().orElse(Double.NaN);
      s.put("cpuCoresMean", Double.isNaN(cpu) ? null : Math.round(cpu * 100) / 100.0);
      s.put("drained", drained);
      s.put("drainSeconds", round(drainSeconds));
      s.put("passed", result.passed());
      file.summary(s);

      out.println();
      out.printf("summary: %d min at %s new articles/s from %d outlets%n", minutes.size(),
          number(settings.rate()), settings.outlets());
      out.printf("  publisher: %d articles and %d corrections put out, %d article versions "
          + "served (%d requests, %d answered 304)%n", site.published(), site.updated(),
          result.served(), site.requests(), site.notModified());
      out.printf("  pipeline: %d published, %d enriched, %d written, %d dead-lettered%n",
          progress.published(), progress.enriched(), progress.written(),
          progress.deadLettered());
      out.printf("  sink: %d article versions of the publisher in the JSON Lines files%s%n",
          counts.sunkVersions(), foreignLines + unreadableLines == 0 ? ""
              : String.format(Locale.ROOT, " (and %d other lines, %d unreadable)", foreignLines,
                  unreadableLines));
      out.printf("  lost: %d (served, never reached the sink)%n", lost);
      out.printf("  duplicated: %d (%d written twice, %d written again as a new version)%n",
          duplicated, counts.writtenTwice(), counts.republished());
      if (counts.unexpected() > 0) {
        out.printf("  in the sink but never served: %d%n", counts.unexpected());
      }
      out.printf("  not fetched: %d articles, %d corrections (put out, never fetched before the "
          + "end)%n", notFetchedArticles, notFetchedCorrections);
      out.printf("  latency fetch-to-sink: p50 %s s, p95 %s s, p99 %s s, max %s s over %d "
          + "articles%n", sec(totalLatency.percentileMs(0.50)),
          sec(totalLatency.percentileMs(0.95)), sec(totalLatency.percentileMs(0.99)),
          sec(totalLatency.maxMs()), totalLatency.count());
      out.printf("  max consumer lag: enrich %s, sink %s%n", lagAt(enrichMax, true),
          lagAt(sinkMax, false));
      long fullGcMax = minutes.stream().mapToLong(SoakRow::fullGcMs).max().orElse(-1);
      if (settings.fullGc()) {
        out.printf("  heap after GC (a full collection at the end of each minute, %s): %s%n",
            fullGcMax < 0 ? "ignored by this JVM" : "pauses of " + fullGcMax + " ms at most",
            last.describe());
      } else {
        out.printf("  heap after GC (young collections leave old garbage: --full-gc measures "
            + "the live set): %s%n", last.describe());
      }
      out.printf("  lowest heap after GC: %s%n", lowest.describe());
      out.printf("  cpu: %.2f cores busy on average over the minutes (%d available)%n", cpu,
          Runtime.getRuntime().availableProcessors());
      out.printf("  drain: %s%n", failed ? "none: a stage stopped"
          : String.format(Locale.ROOT, "%s %.1f s after the publisher stopped", drained
              ? "everything served had reached the sink" : "gave up waiting", drainSeconds));
      out.println(result.passed() ? "PASS: nothing lost, nothing duplicated"
          : failed ? "FAIL: a stage stopped"
          : result.served() == 0 ? "FAIL: nothing was fetched"
          : String.format(Locale.ROOT, "FAIL: %d lost, %d duplicated", lost, duplicated));
      out.flush();
      return result;
    }
  }

  private static SoakRow maxBy(List<SoakRow> rows, java.util.function.ToLongFunction<SoakRow> f) {
    SoakRow max = null;
    for (SoakRow row : rows) {
      if (f.applyAsLong(row) >= 0 && (max == null || f.applyAsLong(row) > f.applyAsLong(max))) {
        max = row;
      }
    }
    return max;
  }

  private static String lagAt(SoakRow row, boolean enrich) {
    return row == null ? "not measured"
        : (enrich ? row.enrichLag() : row.sinkLag()) + " (minute " + row.minute() + ")";
  }

  static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
  }

  private static String ordinal(int n) {
    if (n == 1) {
      return "";
    }
    String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  private static String sec(double ms) {
    return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.2f", ms / 1000);
  }

  private static Double round(double value) {
    return Double.isNaN(value) ? null : Math.round(value * 10) / 10.0;
  }
}
