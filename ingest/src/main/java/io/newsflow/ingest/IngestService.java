package io.newsflow.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.config.IngestConfig;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.kafka.Membership;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.ingest.crawl.ArticleCrawler;
import io.newsflow.ingest.crawl.LinkLister;
import io.newsflow.ingest.crawl.PollResult;
import io.newsflow.ingest.crawl.RefreshPolicy;
import io.newsflow.ingest.crawl.SourcePoller;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.metrics.KafkaClientMeters;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.source.SourceAssignment;
import io.newsflow.ingest.source.SourceCatalog;
import io.newsflow.ingest.source.SourceRecord;
import io.newsflow.ingest.source.SourceStatusStore;
import io.newsflow.ingest.state.FetchStateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage. {@link #start()} restores the shared fetch state and source statuses,
 * registers the configured sources on {@code news-sources-v1} (except those removed with {@code
 * newsflow sources remove}, which stay removed) and joins the consumer group that shares the
 * sources out: this instance polls the sources on the partitions Kafka assigns to it (all sources
 * of a host are on one partition), and follows sources added and removed at run time. {@link
 * #runContinuously()} polls each owned source at its interval on a bounded pool, retrying a
 * failing source with exponential backoff, never dropping it; {@link #pollOnce} polls every owned
 * source once. After every poll of a source its status goes to {@code news-source-status-v1}.
 * Meters: see {@link IngestMetrics}, plus the Kafka client metrics of this instance's producer and
 * consumers ({@link KafkaClientMeters}). The ingest topics must exist ({@link IngestTopics#all()}).
 */
public final class IngestService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
  private static final long SCHEDULER_TICK_MS = 250;

  private final IngestConfig config;
  private final KafkaClients clients;
  private final Clock clock;
  private final String instanceId;
  private final KafkaProducer<String, byte[]> producer;
  private final FetchStateStore states;
  private final SourceStatusStore statuses;
  private final SourceAssignment assignment;
  private final SourceCatalog catalog;
  private final SourcePoller poller;
  private final PageFetcher fetcher;
  private final IngestPublisher publisher;
  private final IngestMetrics metrics;
  private final KafkaClientMeters clientMeters;
  private final ExecutorService pool;
  private final Map<String, Schedule> schedules = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Thread scheduler;

  /** When a source is next due, and whether a poll is running. */
  private record Schedule(Instant next, boolean running) {}

  public IngestService(
      NewsflowConfig config,
      PageFetcher fetcher,
      ArticleExtractor extractor,
      Map<String, LinkLister> listers,
      MeterRegistry registry,
      Clock clock) {
    this(config, fetcher, extractor, listers, registry, clock, Membership.dynamic());
  }

  /**
   * @param membership a static member of the sources group takes its share back at once after
   *     a restart, instead of waiting for its dead self's session to time out
   */
  public IngestService(
      NewsflowConfig config,
      PageFetcher fetcher,
      ArticleExtractor extractor,
      Map<String, LinkLister> listers,
      MeterRegistry registry,
      Clock clock,
      Membership membership) {
    this.config = config.ingest();
    this.clock = clock;
    this.fetcher = fetcher;
    this.clients = new KafkaClients(config.kafka());
    IngestTopics topics = new IngestTopics(NewsTopics.withPrefix(config.kafka().topicPrefix()));
    this.instanceId = "newsflow-ingest-" + UUID.randomUUID().toString().substring(0, 8);
    this.metrics = new IngestMetrics(registry);
    this.clientMeters = new KafkaClientMeters(registry);
    this.producer =
        new KafkaProducer<>(
            clients.producer(instanceId), new StringSerializer(), new ByteArraySerializer());
    clientMeters.bind(producer);
    this.publisher = new IngestPublisher(topics.news(), producer, metrics);
    this.states = new FetchStateStore(topics.fetchState(), producer);
    this.statuses = new SourceStatusStore(topics.sourceStatus(), producer);
    this.catalog = new SourceCatalog(clients, topics.sources(), clock);
    this.assignment =
        new SourceAssignment(clients, topics.sources(), this.config.groupId(), instanceId,
            membership.groupInstanceId(), clientMeters);
    RefreshPolicy policy =
        new RefreshPolicy(this.config.pollInterval(), this.config.refreshWindow());
    ArticleCrawler crawler =
        new ArticleCrawler(fetcher, extractor, states, publisher, metrics, policy, clock);
    this.poller =
        new SourcePoller(
            fetcher, listers, crawler, publisher, this.config.maxLinksPerSource(), clock);
    this.pool = Executors.newFixedThreadPool(this.config.concurrency(), daemon("ingest-poll"));
  }

  /**
   * Restores the fetch state and the source statuses (blocking until they are read), registers the
   * configured sources that are new or changed and were not removed, and starts taking this
   * instance's share of all sources.
   */
  public void start() {
    states.restoreAndFollow(clients, instanceId, clientMeters);
    statuses.restoreAndFollow(clients, instanceId, clientMeters);
    registerConfiguredSources();
    assignment.start();
    LOG.info("Ingest instance {} started", instanceId);
  }

  private void registerConfiguredSources() {
    if (config.sources().isEmpty()) {
      return;
    }
    Map<String, SourceRecord> known =
        catalog.listAll().stream()
            .collect(Collectors.toMap(SourceRecord::id, Function.identity(), (a, b) -> b));
    List<SourceRecord> changed = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (var source : config.sources()) {
      SourceRecord record = SourceRecord.of(source, clock.instant());
      SourceRecord current = known.get(record.id());
      if (current != null && current.removed()) {
        // Removed with `newsflow sources remove`: only `newsflow sources add` brings it back.
        removed.add(record.url());
      } else if (current == null || !sameSource(current, record)) {
        changed.add(record);
      }
    }
    if (!changed.isEmpty()) {
      catalog.put(changed);
    }
    LOG.info(
        "{} configured sources, {} of them new or changed, {} removed", config.sources().size(),
        changed.size(), removed.size());
    if (!removed.isEmpty()) {
      LOG.info("Configured sources that stay removed (`newsflow sources add` restores them): {}",
          removed);
    }
  }

  private static boolean sameSource(SourceRecord a, SourceRecord b) {
    return a.type().equals(b.type())
        && a.url().equals(b.url())
        && a.pollIntervalSeconds() == b.pollIntervalSeconds();
  }

  /** Polls the owned sources continuously, each at its interval, until closed. */
  public synchronized void runContinuously() {
    if (scheduler != null) {
      return;
    }
    Thread thread = new Thread(this::scheduleLoop, "ingest-scheduler");
    thread.setDaemon(true);
    scheduler = thread;
    thread.start();
  }

  /**
   * Polls every source this instance owns once, crawls what they list, and returns when all is
   * published.
   *
   * @throws IllegalStateException when the group gives this instance no stable share in time
   */
  public PollResult pollOnce(Duration assignmentTimeout) throws InterruptedException {
    if (!assignment.awaitReady(assignmentTimeout)) {
      throw new IllegalStateException("no stable source assignment within " + assignmentTimeout);
    }
    List<Future<PollResult>> polls = new ArrayList<>();
    for (SourceRecord source : assignment.sources()) {
      polls.add(pool.submit(() -> pollLogged(source)));
    }
    PollResult total = PollResult.EMPTY;
    for (Future<PollResult> poll : polls) {
      try {
        total = total.plus(poll.get());
      } catch (ExecutionException e) {
        total = total.plus(PollResult.sourceFailed(e.getCause().toString()));
      }
    }
    publisher.flush();
    return total;
  }

  /** The sources this instance owns now. */
  public List<SourceRecord> ownedSources() {
    return assignment.sources();
  }

  /** True when no rebalance is in progress and this instance knows its whole share. */
  public boolean assignmentReady() {
    return assignment.ready();
  }

  public String instanceId() {
    return instanceId;
  }

  /** Polls a source, logs how it went, and records its status and the poll counter. */
  private PollResult pollLogged(SourceRecord source) {
    Instant startedAt = clock.instant();
    long started = System.nanoTime();
    PollResult result;
    try {
      result = poller.poll(source, () -> assignment.owns(source.id()));
      if (result.sourcesFailed() > 0) {
        LOG.error("Source {} failed: {}", source.url(), result.error());
      } else {
        LOG.info(
            "Polled {} {}: {} links, {} published, {} unchanged, {} not due, {} failed",
            source.type(), source.url(), result.links(), result.published(), result.unchanged(),
            result.notDue(), result.failed());
      }
    } catch (RuntimeException e) {
      LOG.error("Source {} failed unexpectedly", source.url(), e);
      result = PollResult.sourceFailed(e.toString());
    }
    String outcome = result.outcome() == null ? SourceStatus.ERROR : result.outcome();
    metrics.sourcePolled(source.type(), outcome);
    statuses.record(source, new SourceStatus.Poll(outcome, result.error(), result.links(),
        result.published(), startedAt, (System.nanoTime() - started) / 1_000_000, instanceId));
    return result;
  }

  private void scheduleLoop() {
    while (!closed.get()) {
      Instant now = clock.instant();
      List<SourceRecord> owned = assignment.sources();
      // A removed or moved source is forgotten; if it comes back it is polled at once.
      schedules.keySet().retainAll(owned.stream().map(SourceRecord::id).toList());
      for (SourceRecord source : owned) {
        if (claimIfDue(source.id(), now)) {
          try {
            pool.execute(() -> pollAndReschedule(source));
          } catch (RuntimeException e) {
            schedules.remove(source.id());
            if (!closed.get()) {
              LOG.error("Cannot schedule a poll of {}", source.url(), e);
            }
          }
        }
      }
      try {
        Thread.sleep(SCHEDULER_TICK_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Marks the source as running if it is due and not running; true when it was marked. */
  private boolean claimIfDue(String sourceId, Instant now) {
    AtomicBoolean claimed = new AtomicBoolean();
    schedules.compute(
        sourceId,
        (id, s) -> {
          if (s != null && (s.running() || now.isBefore(s.next()))) {
            return s;
          }
          claimed.set(true);
          return new Schedule(now, true);
        });
    return claimed.get();
  }

  private void pollAndReschedule(SourceRecord source) {
    PollResult result = pollLogged(source);
    Duration interval =
        source.pollIntervalSeconds() > 0
            ? Duration.ofSeconds(source.pollIntervalSeconds())
            : config.pollInterval();
    // Only a schedule still present is updated: a removed source stays removed.
    schedules.computeIfPresent(
        source.id(),
        (id, s) -> {
          if (result.sourcesFailed() == 0) {
            return new Schedule(clock.instant().plus(interval), false);
          }
          // The count in the source's status, which carries over restarts and moves.
          int failures =
              Math.max(1, statuses.get(source.id()).map(SourceStatus::failuresInARow).orElse(1));
          Duration backoff = retryDelay(failures, interval);
          LOG.warn(
              "Retrying {} in {} s (failure {} in a row)", source.url(), backoff.toSeconds(),
              failures);
          return new Schedule(clock.instant().plus(backoff), false);
        });
  }

  /** 30 s, doubling with each failure in a row, never beyond the poll interval, with jitter. */
  static Duration retryDelay(int failures, Duration interval) {
    Duration backoff = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 10));
    if (backoff.compareTo(interval) > 0) {
      backoff = interval;
    }
    return backoff.plusMillis(ThreadLocalRandom.current().nextLong(1 + backoff.toMillis() / 5));
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Thread thread = scheduler;
    if (thread != null) {
      thread.interrupt();
    }
    pool.shutdownNow();
    try {
      if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("Polls still running after 30 s; closing anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    clientMeters.close();
    assignment.close();
    states.close();
    statuses.close();
    producer.close(Duration.ofSeconds(30));
    fetcher.close();
    LOG.info("Ingest instance {} stopped", instanceId);
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public String toString() {
    return "IngestService[" + instanceId + "]";
  }
}
