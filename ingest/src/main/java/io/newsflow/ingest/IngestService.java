package io.newsflow.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.config.IngestConfig;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.ingest.crawl.ArticleCrawler;
import io.newsflow.ingest.crawl.LinkLister;
import io.newsflow.ingest.crawl.PollResult;
import io.newsflow.ingest.crawl.RefreshPolicy;
import io.newsflow.ingest.crawl.SourcePoller;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.source.SourceAssignment;
import io.newsflow.ingest.source.SourceCatalog;
import io.newsflow.ingest.source.SourceRecord;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage. Registers the configured sources on {@code news-sources-v1}, takes its share
 * of them through the consumer group, and polls each at its interval on a bounded pool; a source
 * that fails is retried with exponential backoff and a clear log line, never dropped.
 */
public final class IngestService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

  private final IngestConfig config;
  private final Clock clock;
  private final KafkaProducer<String, byte[]> producer;
  private final FetchStateStore states;
  private final SourceAssignment assignment;
  private final SourceCatalog catalog;
  private final SourcePoller poller;
  private final PageFetcher fetcher;
  private final IngestPublisher publisher;
  private final ExecutorService pool;
  private final Map<String, Schedule> schedules = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private Thread scheduler;

  private record Schedule(Instant next, int failures, Future<?> running) {}

  public IngestService(NewsflowConfig config, PageFetcher fetcher, ArticleExtractor extractor,
      Map<String, LinkLister> listers, MeterRegistry registry, Clock clock) {
    this.config = config.ingest();
    this.clock = clock;
    this.fetcher = fetcher;
    KafkaClients clients = new KafkaClients(config.kafka());
    IngestTopics topics = new IngestTopics(NewsTopics.withPrefix(config.kafka().topicPrefix()));
    String instance = "newsflow-ingest-" + UUID.randomUUID().toString().substring(0, 8);
    this.producer =
        new KafkaProducer<>(clients.producer(instance), new StringSerializer(),
            new ByteArraySerializer());
    this.publisher = new IngestPublisher(topics.news(), producer, registry);
    this.states = new FetchStateStore(clients, topics.fetchState(), producer, instance);
    this.catalog = new SourceCatalog(clients, topics.sources());
    this.assignment =
        new SourceAssignment(clients, topics.sources(), this.config.groupId(), instance);
    RefreshPolicy policy = new RefreshPolicy(this.config.pollInterval(), this.config.refreshWindow());
    ArticleCrawler crawler = new ArticleCrawler(fetcher, extractor, states, publisher, policy, clock);
    this.poller =
        new SourcePoller(fetcher, listers, crawler, publisher, this.config.maxLinksPerSource(), clock);
    this.pool = Executors.newFixedThreadPool(this.config.concurrency(), daemon("ingest-poll"));
  }

  /** Registers the configured sources and starts taking this instance's share of all sources. */
  public void start() {
    List<SourceRecord> configured =
        config.sources().stream().map(s -> SourceRecord.of(s, clock.instant())).toList();
    if (!configured.isEmpty()) {
      catalog.put(configured);
      LOG.info("Registered {} configured sources", configured.size());
    }
    assignment.start();
  }

  /** Polls sources continuously, each at its interval, until closed. */
  public void runContinuously() {
    scheduler = new Thread(this::scheduleLoop, "ingest-scheduler");
    scheduler.setDaemon(true);
    scheduler.start();
  }

  /**
   * Polls every source this instance owns once, crawls what they list, and returns when all is
   * published.
   */
  public PollResult pollOnce(Duration assignmentTimeout) throws InterruptedException {
    if (!assignment.awaitReady(assignmentTimeout)) {
      throw new IllegalStateException("no source partitions assigned within " + assignmentTimeout);
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

  private PollResult pollLogged(SourceRecord source) {
    try {
      PollResult result = poller.poll(source);
      if (result.sourcesFailed() > 0) {
        LOG.error("Source {} failed: {}", source.url(), result.error());
      } else {
        LOG.info("Polled {} {}: {} links, {} published, {} unchanged, {} not due, {} failed",
            source.type(), source.url(), result.links(), result.published(), result.unchanged(),
            result.notDue(), result.failed());
      }
      return result;
    } catch (RuntimeException e) {
      LOG.error("Source {} failed unexpectedly", source.url(), e);
      return PollResult.sourceFailed(e.toString());
    }
  }

  private void scheduleLoop() {
    while (!closed.get()) {
      Instant now = clock.instant();
      List<SourceRecord> owned = assignment.sources();
      schedules.keySet().retainAll(owned.stream().map(SourceRecord::id).toList());
      for (SourceRecord source : owned) {
        Schedule schedule = schedules.get(source.id());
        if (schedule != null && (now.isBefore(schedule.next()) || !schedule.running().isDone())) {
          continue;
        }
        int failures = schedule == null ? 0 : schedule.failures();
        Future<?> running = pool.submit(() -> pollAndReschedule(source, failures));
        schedules.put(source.id(), new Schedule(Instant.MAX, failures, running));
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void pollAndReschedule(SourceRecord source, int failures) {
    PollResult result = pollLogged(source);
    Duration interval =
        source.pollIntervalSeconds() > 0
            ? Duration.ofSeconds(source.pollIntervalSeconds())
            : config.pollInterval();
    Instant next;
    int nowFailures;
    if (result.sourcesFailed() > 0) {
      nowFailures = failures + 1;
      Duration backoff = FIRST_RETRY.multipliedBy(1L << Math.min(nowFailures - 1, 10));
      if (backoff.compareTo(interval) > 0) {
        backoff = interval;
      }
      backoff = backoff.plusMillis(ThreadLocalRandom.current().nextLong(1 + backoff.toMillis() / 5));
      LOG.warn("Retrying {} in {} s (failure {})", source.url(), backoff.toSeconds(), nowFailures);
      next = clock.instant().plus(backoff);
    } else {
      nowFailures = 0;
      next = clock.instant().plus(interval);
    }
    Schedule current = schedules.get(source.id());
    schedules.put(source.id(),
        new Schedule(next, nowFailures, current == null ? java.util.concurrent.CompletableFuture.completedFuture(null) : current.running()));
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (scheduler != null) {
      scheduler.interrupt();
    }
    pool.shutdownNow();
    try {
      pool.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assignment.close();
    states.close();
    producer.close(Duration.ofSeconds(30));
    fetcher.close();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
