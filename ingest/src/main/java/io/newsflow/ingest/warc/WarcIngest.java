package io.newsflow.ingest.warc;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.article.CanonicalUrl;
import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.config.IngestConfig;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.deadletter.DeadLetter;
import io.newsflow.core.deadletter.Stage;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.ingest.IngestTopics;
import io.newsflow.ingest.crawl.BinaryContent;
import io.newsflow.ingest.crawl.RefreshPolicy;
import io.newsflow.ingest.discover.DiscoveryException;
import io.newsflow.ingest.discover.WarcArticleReader;
import io.newsflow.ingest.discover.WarcPage;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.extract.HtmlPages;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.metrics.KafkaClientMeters;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.publish.PublishException;
import io.newsflow.ingest.state.ArticleVersions;
import io.newsflow.ingest.state.FetchState;
import io.newsflow.ingest.state.FetchStateStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests WARC files (Common Crawl's CC-NEWS included): reads the HTML responses with {@link
 * WarcArticleReader}, extracts each article and publishes it to {@code news-raw-v1} as source
 * {@code warc:<file name>} with {@code fetchedAt} = the WARC-Date, exactly as a live fetch would:
 * only when its content hash is new in the shared fetch state, as the next version. Re-running the
 * same archive therefore publishes nothing, and a capture older than the one already published is
 * passed over. Each page gets a status record, and so does each damaged record (a malformed HTTP
 * response or WARC record, an undecodable or oversized payload) and each file that cannot be read
 * to its end; records that publish nothing are counted by {@link SkipReason}.
 *
 * <p>Pages are parsed and extracted on {@code min(ingest.concurrency, cores)} threads, a few pages
 * ahead of the reading thread, which then decides versions and publishes in reading order. Articles
 * are sent without waiting for each acknowledgement (up to {@value #MAX_IN_FLIGHT} in flight); the
 * fetch state and status of a page are written once its article is acknowledged, in reading
 * order. A corrupt record costs that record only ({@link WarcArticleReader} reads on at the next
 * one); a file that cannot be read to its end (missing, cut off inside its last record) is logged,
 * counted as failed and given a status record, and the next one is read; a broker that refuses
 * articles ends the run with a {@link PublishException} after what was acknowledged has been
 * recorded. Not thread-safe: one {@link
 * #ingest} at a time.
 */
public final class WarcIngest implements AutoCloseable {
  public static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofSeconds(10);
  static final int MAX_IN_FLIGHT = 256;
  private static final Logger LOG = LoggerFactory.getLogger(WarcIngest.class);
  private static final SkipReason[] REASONS = SkipReason.values();

  private final IngestConfig config;
  private final ArticleExtractor extractor;
  private final IngestPublisher publisher;
  private final FetchStateStore states;
  private final MeterRegistry registry;
  private final IngestMetrics metrics;
  private final Clock clock;
  private final Duration progressInterval;
  private final RefreshPolicy policy;
  private final List<AutoCloseable> owned = new ArrayList<>();

  /**
   * The outcome of a run.
   *
   * @param failedFiles the files that could not be read to their end, with the reason
   */
  public record Result(
      int files,
      Map<Path, String> failedFiles,
      long records,
      long pages,
      long published,
      Map<SkipReason, Long> skipped,
      Duration took) {

    public Result {
      failedFiles = Map.copyOf(failedFiles);
      skipped = Map.copyOf(skipped);
    }

    public long skipped(SkipReason reason) {
      return skipped.getOrDefault(reason, 0L);
    }

    public double recordsPerSecond() {
      return records * 1000.0 / Math.max(1, took.toMillis());
    }
  }

  public WarcIngest(
      IngestConfig config,
      ArticleExtractor extractor,
      IngestPublisher publisher,
      FetchStateStore states,
      MeterRegistry registry) {
    this(config, extractor, publisher, states, registry, Clock.systemUTC(),
        DEFAULT_PROGRESS_INTERVAL);
  }

  /**
   * @param states the shared fetch state, restored ({@link FetchStateStore#restoreAndFollow})
   * @param clock for status times and the run's elapsed time
   * @param progressInterval how often progress is reported during a run
   */
  public WarcIngest(
      IngestConfig config,
      ArticleExtractor extractor,
      IngestPublisher publisher,
      FetchStateStore states,
      MeterRegistry registry,
      Clock clock,
      Duration progressInterval) {
    if (progressInterval.isZero() || progressInterval.isNegative()) {
      throw new IllegalArgumentException("the progress interval must be positive");
    }
    this.config = config;
    this.extractor = extractor;
    this.publisher = publisher;
    this.states = states;
    this.registry = registry;
    this.metrics = new IngestMetrics(registry);
    this.clock = clock;
    this.progressInterval = progressInterval;
    this.policy = new RefreshPolicy(config.pollInterval(), config.refreshWindow());
  }

  /**
   * A WARC ingest with its own idempotent producer and the fetch state restored from the cluster
   * in {@code config}; {@link #close()} releases them. The ingest topics must exist.
   */
  public static WarcIngest connect(
      NewsflowConfig config, ArticleExtractor extractor, MeterRegistry registry) {
    KafkaClients clients = new KafkaClients(config.kafka());
    IngestTopics topics = new IngestTopics(NewsTopics.withPrefix(config.kafka().topicPrefix()));
    String instance = "newsflow-warc-" + UUID.randomUUID().toString().substring(0, 8);
    Producer<String, byte[]> producer =
        new KafkaProducer<>(
            clients.producer(instance), new StringSerializer(), new ByteArraySerializer());
    KafkaClientMeters meters = new KafkaClientMeters(registry);
    meters.bind(producer);
    FetchStateStore states = new FetchStateStore(topics.fetchState(), producer);
    try {
      states.restoreAndFollow(clients, instance, meters);
    } catch (RuntimeException e) {
      meters.close();
      producer.close(Duration.ofSeconds(5));
      throw e;
    }
    WarcIngest ingest =
        new WarcIngest(config.ingest(), extractor,
            new IngestPublisher(topics.news(), producer, registry), states, registry);
    // Closed in this order: the client meters, the state tail, then the producer (which flushes).
    ingest.owned.add(meters);
    ingest.owned.add(states);
    ingest.owned.add(() -> producer.close(Duration.ofSeconds(30)));
    return ingest;
  }

  /**
   * Ingests {@code files} in order.
   *
   * @param progress called every progress interval from a timer thread, and once at the end with
   *     {@code done} set; must be thread-safe
   * @throws PublishException when the broker refuses articles (not for articles that are too large:
   *     those are skipped as {@link SkipReason#TOO_LARGE})
   */
  public Result ingest(List<Path> files, Consumer<WarcProgress> progress) {
    Run run = new Run(files.size(), clock.instant());
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "warc-progress");
              t.setDaemon(true);
              return t;
            });
    long every = progressInterval.toMillis();
    timer.scheduleAtFixedRate(
        () -> report(run, progress, false), every, every, TimeUnit.MILLISECONDS);
    int threads = Math.max(1,
        Math.min(config.concurrency(), Runtime.getRuntime().availableProcessors()));
    ExecutorService extractors = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "warc-extract");
      t.setDaemon(true);
      return t;
    });
    try {
      for (Path file : files) {
        run.file = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ingestFile(run, file, extractors, 4 * threads);
        run.filesDone.incrementAndGet();
        if (run.publishFailure != null) {
          break;
        }
      }
    } finally {
      extractors.shutdownNow();
      run.drain(true);
      publisher.flush();
      timer.shutdownNow();
    }
    report(run, progress, true);
    if (run.publishFailure != null) {
      throw run.publishFailure;
    }
    return run.result(clock.instant());
  }

  private void ingestFile(Run run, Path file, ExecutorService extractors, int lookahead) {
    String source = "warc:" + run.file;
    Deque<Future<Extraction>> ahead = new ArrayDeque<>();
    FetchStatus unreadable = null;
    try (WarcArticleReader reader = WarcArticleReader.open(file, config.maxBodyBytes())) {
      run.reader = reader;
      reader.onSkip(skip -> {
        run.skip(SkipReason.of(skip.reason()));
        DamagedRecordStatus.of(skip, source, clock.instant()).ifPresent(run::settled);
      });
      while (run.publishFailure == null && reader.hasNext()) {
        WarcPage page = reader.next();
        ahead.addLast(extractors.submit(() -> extract(page)));
        handle(run, ahead, source, lookahead);
      }
    } catch (IOException | RuntimeException e) {
      String reason = e instanceof DiscoveryException d ? d.reason() : e.toString();
      LOG.error("Cannot read {} to its end: {}", file, reason);
      run.failedFiles.put(file, reason);
      unreadable = DamagedRecordStatus.ofFile(file, source, reason, clock.instant());
    } finally {
      // The pages read before the end (or the corruption) are published all the same.
      handle(run, ahead, source, 0);
      if (unreadable != null) {
        run.settled(unreadable);
      }
      run.finishFile();
    }
  }

  /** Handles extracted pages in reading order: all that are done, and more while too many wait. */
  private void handle(Run run, Deque<Future<Extraction>> ahead, String source, int lookahead) {
    while (!ahead.isEmpty()
        && (ahead.size() > lookahead || ahead.peekFirst().isDone())) {
      Future<Extraction> next = ahead.removeFirst();
      if (run.publishFailure != null) {
        next.cancel(true);
        continue;
      }
      page(run, await(next), source);
      run.drain(false);
    }
  }

  private static Extraction await(Future<Extraction> extraction) {
    try {
      return extraction.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      // extract() catches what an extractor may throw; what is left is an Error such as OOM.
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** What the extraction threads made of a page: the article, or why there is none. */
  private record Extraction(
      WarcPage page, ExtractedArticle article, SkipReason failure, Throwable error) {}

  /** The part of a page's work that needs no state, run on the extraction threads. */
  private Extraction extract(WarcPage page) {
    if (BinaryContent.looksBinary(page.body(), page.charset())) {
      return new Extraction(page, null, SkipReason.BINARY, null);
    }
    ExtractedArticle article;
    try {
      article = extractor.extract(
          HtmlPages.parse(page.body(), page.charset(), page.url()), page.url());
    } catch (RuntimeException | StackOverflowError e) {
      return new Extraction(page, null, SkipReason.EXTRACT_FAILED, e);
    }
    if (article.text().isBlank()) {
      return new Extraction(page, null, SkipReason.NOT_ARTICLE, null);
    }
    return new Extraction(page, article, null, null);
  }

  /** The part of a page's work that reads and writes state, in reading order. */
  private void page(Run run, Extraction extraction, String source) {
    WarcPage page = extraction.page();
    run.pages.incrementAndGet();
    String key;
    try {
      key = CanonicalUrl.of(page.url());
    } catch (IllegalArgumentException e) {
      run.skip(SkipReason.INVALID_URL);
      return;
    }
    Instant capturedAt = page.fetchedAt() != null ? page.fetchedAt() : clock.instant();
    FetchState state = run.state(key).orElse(FetchState.unseen(key, capturedAt));
    if (state.published() && state.lastFetchedAt() != null
        && capturedAt.isBefore(state.lastFetchedAt())) {
      run.skip(SkipReason.OLDER_CAPTURE);
      run.settled(status(page, source, key, FetchOutcome.UNCHANGED,
          "a newer capture was already read", state.articleId()));
      return;
    }
    if (extraction.failure() == SkipReason.BINARY) {
      done(run, page, source, state, capturedAt, FetchOutcome.NOT_HTML,
          "binary content served as " + page.contentType(), null, SkipReason.BINARY);
      return;
    }
    if (extraction.failure() == SkipReason.EXTRACT_FAILED) {
      Throwable e = extraction.error();
      LOG.warn("Extraction failed for {} in {}: {}", page.url(), run.file, e.toString());
      metrics.extractionFailed(e);
      publisher.deadLetter(
          DeadLetter.of(Stage.INGEST_EXTRACT, e, source, null, page.offset(), page.url(),
              page.body()));
      done(run, page, source, state, capturedAt, FetchOutcome.INVALID,
          "the extractor failed on this page (dead-lettered)", null, SkipReason.EXTRACT_FAILED);
      return;
    }
    if (extraction.failure() == SkipReason.NOT_ARTICLE) {
      done(run, page, source, state, capturedAt, FetchOutcome.NOT_ARTICLE,
          "no article text found on the page", null, SkipReason.NOT_ARTICLE);
      return;
    }
    ExtractedArticle article = extraction.article();
    String articleKey;
    try {
      articleKey = ArticleVersions.articleKey(article);
    } catch (IllegalArgumentException e) {
      run.skip(SkipReason.INVALID_URL);
      return;
    }
    FetchState articleState = run.state(articleKey).orElse(null);
    ArticleVersions.Decision decision =
        ArticleVersions.decide(article, source, capturedAt, articleState);
    if (!decision.publish()) {
      FetchState next =
          state.publishedAs(decision.articleId(), decision.contentHash(), articleState.version());
      done(run, page, source, next, capturedAt, FetchOutcome.UNCHANGED, "content hash unchanged",
          decision.articleId(), SkipReason.UNCHANGED);
      return;
    }
    int version = decision.article().version();
    List<FetchState> next = new ArrayList<>(2);
    FetchOutcome outcome = article.paywalled() ? FetchOutcome.PAYWALLED : FetchOutcome.OK;
    FetchState keyState = state.publishedAs(decision.articleId(), decision.contentHash(), version);
    next.add(keyState.fetched(outcome, null, null, capturedAt,
        policy.next(keyState, outcome, capturedAt)));
    if (!articleKey.equals(key)) {
      FetchState own = articleState != null ? articleState : FetchState.unseen(articleKey,
          capturedAt);
      next.add(own.publishedAs(decision.articleId(), decision.contentHash(), version));
    }
    run.pending(new Pending(publisher.send(decision.article()), true, next,
        status(page, source, key, outcome, "published version " + version,
            decision.articleId()),
        state, capturedAt));
  }

  /** Records a page that published nothing (after the pages before it). */
  private void done(Run run, WarcPage page, String source, FetchState state, Instant capturedAt,
      FetchOutcome outcome, String reason, String articleId, SkipReason skip) {
    run.skip(skip);
    FetchState next =
        state.fetched(outcome, null, null, capturedAt, policy.next(state, outcome, capturedAt));
    run.pending(new Pending(CompletableFuture.completedFuture(null), false, List.of(next),
        status(page, source, next.url(), outcome, reason, articleId), state, capturedAt));
  }

  private FetchStatus status(WarcPage page, String source, String url, FetchOutcome outcome,
      String reason, String articleId) {
    return new FetchStatus(FetchStatus.SCHEMA_VERSION, url, source, outcome, page.status(),
        reason, clock.instant(), 0, articleId);
  }

  private void report(Run run, Consumer<WarcProgress> progress, boolean done) {
    try {
      progress.accept(run.progress(clock.instant(), done));
    } catch (RuntimeException e) {
      LOG.warn("Progress report failed: {}", e.toString());
    }
  }

  /** A page whose article is on its way to the broker, with what to record once it is there. */
  private record Pending(
      CompletableFuture<?> sent, boolean publication, List<FetchState> states,
      FetchStatus status, FetchState before, Instant capturedAt) {}

  /** The counters and the in-flight window of one {@link #ingest} call. */
  private final class Run {
    final int files;
    final Instant started;
    final AtomicLong pages = new AtomicLong();
    final AtomicLong published = new AtomicLong();
    final AtomicLongArray skipped = new AtomicLongArray(REASONS.length);
    final AtomicInteger filesDone = new AtomicInteger();
    final Map<Path, String> failedFiles = new HashMap<>();
    final Deque<Pending> window = new ArrayDeque<>();
    /** States decided but not yet written (their article is in flight), newest per URL. */
    final Map<String, FetchState> overlay = new HashMap<>();
    volatile String file = "";
    volatile WarcArticleReader reader;
    volatile long recordsOfFinishedFiles;
    PublishException publishFailure;

    Run(int files, Instant started) {
      this.files = files;
      this.started = started;
    }

    Optional<FetchState> state(String url) {
      FetchState decided = overlay.get(url);
      return decided != null ? Optional.of(decided) : states.get(url);
    }

    void skip(SkipReason reason) {
      skipped.incrementAndGet(reason.ordinal());
      registry.counter("newsflow.ingest.warc.skipped", "reason", reason.label()).increment();
    }

    /** Records a status that changes no state, in order with the pages before it. */
    void settled(FetchStatus status) {
      window.addLast(new Pending(CompletableFuture.completedFuture(null), false, List.of(), status,
          null, null));
    }

    void pending(Pending p) {
      p.states().forEach(s -> overlay.put(s.url(), s));
      window.addLast(p);
    }

    /** Records the acknowledged head of the window; waits when it is full or {@code all}. */
    void drain(boolean all) {
      while (!window.isEmpty()) {
        Pending head = window.peekFirst();
        boolean mustWait = all || window.size() > MAX_IN_FLIGHT;
        if (!head.sent().isDone() && !mustWait) {
          return;
        }
        window.removeFirst();
        try {
          head.sent().get(2, TimeUnit.MINUTES);
          head.states().forEach(this::write);
          if (head.publication()) {
            published.incrementAndGet();
          }
          publisher.archivedStatus(head.status());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          fail(head, new PublishException("interrupted", e));
        } catch (ExecutionException e) {
          fail(head, e.getCause() instanceof PublishException p
              ? p : new PublishException(e.getCause().toString(), e.getCause()));
        } catch (TimeoutException e) {
          fail(head, new PublishException("no acknowledgement in 2 minutes", e));
        }
      }
    }

    private void write(FetchState state) {
      states.put(state);
      overlay.remove(state.url(), state);
    }

    /** An article the broker did not take: too large is a skip, anything else ends the run. */
    private void fail(Pending head, PublishException e) {
      head.states().forEach(s -> overlay.remove(s.url(), s));
      if (e.tooLarge()) {
        skip(SkipReason.TOO_LARGE);
        FetchStatus s = head.status();
        Instant at = head.capturedAt();
        FetchState before = head.before();
        write(before.fetched(FetchOutcome.TOO_LARGE, null, null, at,
            policy.next(before, FetchOutcome.TOO_LARGE, at)));
        publisher.archivedStatus(new FetchStatus(s.schemaVersion(), s.url(), s.source(),
            FetchOutcome.TOO_LARGE, s.httpStatus(), "not published: " + e.getMessage(), s.at(),
            0, null));
        return;
      }
      LOG.error("The broker refused an article from {}: {}", file, e.getMessage());
      if (publishFailure == null) {
        publishFailure = e;
      }
    }

    void finishFile() {
      WarcArticleReader finished = reader;
      if (finished != null) {
        recordsOfFinishedFiles += finished.stats().recordsRead();
      }
      reader = null;
    }

    long records() {
      WarcArticleReader current = reader;
      return recordsOfFinishedFiles + (current == null ? 0 : current.stats().recordsRead());
    }

    Map<SkipReason, Long> skippedCounts() {
      Map<SkipReason, Long> counts = new EnumMap<>(SkipReason.class);
      for (SkipReason reason : REASONS) {
        long n = skipped.get(reason.ordinal());
        if (n > 0) {
          counts.put(reason, n);
        }
      }
      return counts;
    }

    WarcProgress progress(Instant now, boolean done) {
      return new WarcProgress(file, filesDone.get(), files, records(), pages.get(),
          published.get(), skippedCounts(), Duration.between(started, now), done);
    }

    Result result(Instant now) {
      return new Result(files, failedFiles, records(), pages.get(), published.get(),
          skippedCounts(), Duration.between(started, now));
    }
  }

  /** Releases the producer and state this instance opened itself ({@link #connect}). */
  @Override
  public void close() {
    for (AutoCloseable resource : owned) {
      try {
        resource.close();
      } catch (Exception e) {
        LOG.warn("Closing {}: {}", resource, e.toString());
      }
    }
    owned.clear();
  }
}
