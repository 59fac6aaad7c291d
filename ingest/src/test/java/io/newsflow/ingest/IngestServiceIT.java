package io.newsflow.ingest;

import static io.newsflow.ingest.testing.Articles.page;
import static io.newsflow.ingest.testing.Articles.rss;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.config.ConfigLoader;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.kafka.KafkaClients;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.SourceStatus;
import io.newsflow.core.testing.KafkaBroker;
import io.newsflow.core.testing.SharedKafkaBroker;
import io.newsflow.core.topic.NewsTopics;
import io.newsflow.core.topic.TopicCreator;
import io.newsflow.ingest.crawl.FeedLister;
import io.newsflow.ingest.crawl.PollResult;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.HttpPageFetcher;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.source.HostPartitioner;
import io.newsflow.ingest.source.SourceCatalog;
import io.newsflow.ingest.source.SourceRecord;
import io.newsflow.ingest.source.SourceStatusStore;
import io.newsflow.ingest.testing.LocalSite;
import io.newsflow.ingest.testing.MutableClock;
import io.newsflow.ingest.testing.ParagraphExtractor;
import io.newsflow.ingest.testing.TestConfigs;
import io.newsflow.ingest.testing.TopicReader;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.newsflow.ingest.testing.Eventually.await;

@ExtendWith(SharedKafkaBroker.class)
@Timeout(120)
class IngestServiceIT {
  private static final int PARTITIONS = 3;
  private static final Duration WAIT = Duration.ofSeconds(45);

  private final List<LocalSite> sites = new ArrayList<>();
  private final List<IngestService> services = new ArrayList<>();
  private final MutableClock clock = new MutableClock(Instant.now());
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private String bootstrap;
  private String prefix;
  private IngestTopics topics;

  @BeforeEach
  void createTopics(KafkaBroker broker) {
    bootstrap = broker.bootstrapServers();
    prefix = "it-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    topics = new IngestTopics(NewsTopics.withPrefix(prefix));
    try (Admin admin = new KafkaClients(config(List.of()).kafka()).admin()) {
      new TopicCreator(admin, PARTITIONS, (short) 1).ensure(topics.all());
    }
  }

  @AfterEach
  void stop() {
    services.forEach(IngestService::close);
    sites.forEach(LocalSite::close);
  }

  private Map<String, String> overrides() {
    Map<String, String> overrides = new HashMap<>();
    overrides.put("kafka.bootstrap-servers", bootstrap);
    overrides.put("kafka.topic-prefix", prefix);
    overrides.put("kafka.partitions", String.valueOf(PARTITIONS));
    overrides.put("ingest.group-id", prefix + "ingest");
    overrides.put("ingest.poll-interval", "1s");
    return overrides;
  }

  private NewsflowConfig config(List<SourceConfig> sources) {
    return TestConfigs.config(overrides(), sources);
  }

  /** The configuration with the sources of newsflow-defaults.yaml (real feeds: never fetched). */
  private NewsflowConfig configWithDefaultSources() {
    Map<String, String> overrides = TestConfigs.fastFetching();
    overrides.putAll(overrides());
    return new ConfigLoader().load(null, Map.of(), overrides);
  }

  private IngestService service(List<SourceConfig> sources) {
    return service(sources, clock);
  }

  private IngestService service(List<SourceConfig> sources, Clock clock) {
    NewsflowConfig config = config(sources);
    return service(config, new HttpPageFetcher(config.ingest()), clock);
  }

  private IngestService service(NewsflowConfig config, PageFetcher fetcher, Clock clock) {
    IngestService service = new IngestService(config, fetcher, new ParagraphExtractor(),
        Map.of(SourceConfig.FEED, new FeedLister()), registry, clock);
    services.add(service);
    service.start();
    return service;
  }

  private SourceCatalog catalog() {
    return new SourceCatalog(new KafkaClients(config(List.of()).kafka()), topics.sources());
  }

  /** The status of a source as on the status topic now. */
  private SourceStatus statusOf(SourceConfig source) {
    String id = SourceRecord.of(source, Instant.EPOCH).id();
    SourceStatus status = SourceStatusStore.read(new KafkaClients(config(List.of()).kafka()),
        topics.sourceStatus()).get(id);
    assertThat(status).as("the status of %s", id).isNotNull();
    return status;
  }

  /**
   * A fetcher that touches no network: it records what it was asked for and answers every request
   * with a connection error.
   */
  private static final class OfflineFetcher implements PageFetcher {
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @Override
    public FetchResult fetch(FetchRequest request) {
      requested.add(request.url());
      return FetchResult.failed(request.url(), FetchOutcome.CONNECTION_ERROR, null,
          "test: no network", 0);
    }
  }

  private LocalSite site(String address, String... stories) throws IOException {
    LocalSite site = LocalSite.startOn(address);
    sites.add(site);
    List<String> urls = new ArrayList<>();
    for (String story : stories) {
      String path = "/2026/03/10/" + story;
      site.page(path, page("Story " + story + " on " + address, "The " + story + " happened."));
      urls.add(site.url(path));
    }
    site.withEtag("/feed.xml", "application/rss+xml", rss(urls.toArray(String[]::new)));
    return site;
  }

  private List<RawArticle> published() {
    return TopicReader.readAll(bootstrap, topics.news().raw().name(), RawArticle.class);
  }

  private static SourceConfig feedOf(LocalSite site) {
    return new SourceConfig(SourceConfig.FEED, site.url("/feed.xml"), null);
  }

  @Test
  void restartedInstancePublishesNothingUnchanged() throws Exception {
    LocalSite site = site("127.0.0.1", "ferry", "bridge");
    IngestService first = service(List.of(feedOf(site)));
    assertThat(first.pollOnce(WAIT).published()).isEqualTo(2);
    first.close();
    clock.advance(Duration.ofHours(1));

    IngestService second = service(List.of(feedOf(site)));
    PollResult afterRestart = second.pollOnce(WAIT);

    assertThat(afterRestart.unchanged()).isEqualTo(2);
    assertThat(afterRestart.published()).isZero();
    assertThat(site.hits("/2026/03/10/ferry")).isEqualTo(2);
    assertThat(published()).hasSize(2);
  }

  @Test
  void restartedInstancePublishesAChangedArticleAsTheNextVersion() throws Exception {
    LocalSite site = site("127.0.0.1", "ferry");
    service(List.of(feedOf(site))).pollOnce(WAIT);
    services.get(0).close();
    clock.advance(Duration.ofHours(1));
    site.page("/2026/03/10/ferry", page("Story ferry on 127.0.0.1", "The ferry happened.",
        "Correction: it sailed at nine, not at eight."));

    service(List.of(feedOf(site))).pollOnce(WAIT);

    List<RawArticle> versions = published();
    assertThat(versions).extracting(RawArticle::version).containsExactly(1, 2);
    assertThat(versions).extracting(RawArticle::updated).containsExactly(false, true);
    assertThat(versions.get(1).text()).contains("Correction");
  }

  /** One loopback address per partition, so that each partition holds one host's sources. */
  private static List<String> addressPerPartition() {
    Map<Integer, String> byPartition = new HashMap<>();
    for (int i = 1; byPartition.size() < PARTITIONS && i < 250; i++) {
      String address = "127.0.0." + i;
      byPartition.putIfAbsent(HostPartitioner.partition(address, PARTITIONS), address);
    }
    return List.copyOf(byPartition.values());
  }

  private static Set<String> ids(List<SourceRecord> sources) {
    return sources.stream().map(SourceRecord::id).collect(Collectors.toSet());
  }

  @Test
  void twoInstancesSplitTheSourcesAndOneTakesOverWhenTheOtherStops() throws Exception {
    List<SourceConfig> sources = new ArrayList<>();
    List<LocalSite> hosts = new ArrayList<>();
    for (String address : addressPerPartition()) {
      LocalSite site = site(address, "ferry-" + address.replace('.', '-'));
      hosts.add(site);
      sources.add(feedOf(site));
    }
    // A second source on the first host: it must go wherever the host's other source goes.
    hosts.get(0).withEtag("/sitemap-feed.xml", "application/rss+xml",
        rss(hosts.get(0).url("/2026/03/10/extra")));
    hosts.get(0).page("/2026/03/10/extra", page("Extra", "An extra story."));
    sources.add(new SourceConfig(SourceConfig.FEED, hosts.get(0).url("/sitemap-feed.xml"), null));
    Set<String> all = sources.stream().map(s -> SourceRecord.of(s, Instant.EPOCH).id())
        .collect(Collectors.toSet());
    IngestService a = service(sources);
    IngestService b = service(sources);
    await(WAIT, () -> a.assignmentReady() && b.assignmentReady()
            && !a.ownedSources().isEmpty() && !b.ownedSources().isEmpty()
            && ids(a.ownedSources()).size() + ids(b.ownedSources()).size() == all.size(),
        () -> "a owns " + ids(a.ownedSources()) + ", b owns " + ids(b.ownedSources()));

    PollResult byA = a.pollOnce(WAIT);
    PollResult byB = b.pollOnce(WAIT);

    Set<String> ownedByA = ids(a.ownedSources());
    Set<String> ownedByB = ids(b.ownedSources());
    assertThat(ownedByA).doesNotContainAnyElementsOf(ownedByB);
    Set<String> union = new HashSet<>(ownedByA);
    union.addAll(ownedByB);
    assertThat(union).isEqualTo(all);
    assertThat(byA.sources() + byB.sources()).isEqualTo(all.size());
    for (LocalSite host : hosts) {
      assertThat(host.hits("/feed.xml")).as("feed polls of %s", host.host()).isEqualTo(1);
    }
    assertThat(hosts.get(0).hits("/sitemap-feed.xml")).isEqualTo(1);
    String firstHostFeed = SourceRecord.of(sources.get(0), Instant.EPOCH).id();
    String firstHostOther = SourceRecord.of(sources.get(sources.size() - 1), Instant.EPOCH).id();
    assertThat(ownedByA.contains(firstHostFeed)).isEqualTo(ownedByA.contains(firstHostOther));
    assertThat(published()).hasSize(all.size());

    a.close();
    await(WAIT, () -> b.assignmentReady() && ids(b.ownedSources()).equals(all),
        () -> "b owns " + ids(b.ownedSources()));
    PollResult afterTakeOver = b.pollOnce(WAIT);

    assertThat(afterTakeOver.sources()).isEqualTo(all.size());
    for (LocalSite host : hosts) {
      assertThat(host.hits("/feed.xml")).as("feed polls of %s", host.host()).isEqualTo(2);
    }
    assertThat(published()).hasSize(all.size());
  }

  @Test
  void sourcesAddedAndRemovedAtRunTimeAreFollowed() throws Exception {
    LocalSite site = site("127.0.0.1", "ferry");
    // Scheduling runs on real time: each source is polled every second (ingest.poll-interval).
    IngestService running = service(List.of(), Clock.systemUTC());
    running.runContinuously();
    SourceCatalog catalog = new SourceCatalog(new KafkaClients(config(List.of()).kafka()),
        topics.sources());
    SourceRecord added = SourceRecord.of(feedOf(site), Instant.now());

    catalog.put(List.of(added));

    await(WAIT, () -> published().size() == 1, () -> "the added source's article published");
    assertThat(catalog.list()).extracting(SourceRecord::id).containsExactly(added.id());
    await(WAIT, () -> site.hits("/feed.xml") >= 2, () -> "the added source polled again");

    catalog.remove(List.of(added));

    await(WAIT, () -> running.ownedSources().isEmpty(), () -> "the removed source dropped");
    Thread.sleep(500); // a poll that had started may finish
    int pollsWhenRemoved = site.hits("/feed.xml");
    Thread.sleep(3000); // three poll intervals
    assertThat(site.hits("/feed.xml")).isEqualTo(pollsWhenRemoved);
    assertThat(catalog.list()).isEmpty();
  }

  @Test
  void removedDefaultSourceIsNeitherPolledNorListedAfterARestart() throws Exception {
    NewsflowConfig config = configWithDefaultSources();
    List<SourceConfig> defaults = config.ingest().sources();
    assertThat(defaults).as("the sources of newsflow-defaults.yaml").hasSizeGreaterThan(1);
    SourceRecord removed = SourceRecord.of(defaults.get(0), Instant.EPOCH);
    IngestService first = service(config, new OfflineFetcher(), clock);
    assertThat(first.pollOnce(WAIT).sources()).isEqualTo(defaults.size());
    catalog().remove(List.of(removed));
    first.close();

    OfflineFetcher fetcher = new OfflineFetcher();
    IngestService second = service(config, fetcher, clock);
    PollResult afterRestart = second.pollOnce(WAIT);

    assertThat(afterRestart.sources()).isEqualTo(defaults.size() - 1);
    assertThat(fetcher.requested).doesNotContain(defaults.get(0).url())
        .contains(defaults.get(1).url());
    assertThat(ids(second.ownedSources())).doesNotContain(removed.id());
    assertThat(catalog().list()).extracting(SourceRecord::id)
        .hasSize(defaults.size() - 1)
        .doesNotContain(removed.id());
    assertThat(catalog().listAll()).filteredOn(SourceRecord::removed)
        .extracting(SourceRecord::id).containsExactly(removed.id());
  }

  @Test
  void removedSourceAddedAgainIsPolledAgainWithoutARestart() throws Exception {
    LocalSite site = site("127.0.0.1", "ferry");
    IngestService running = service(List.of(), Clock.systemUTC());
    running.runContinuously();
    SourceRecord source = SourceRecord.of(feedOf(site), Instant.now());
    catalog().put(List.of(source));
    await(WAIT, () -> site.hits("/feed.xml") >= 1, () -> "the added source polled");
    catalog().remove(List.of(source));
    await(WAIT, () -> running.ownedSources().isEmpty(), () -> "the removed source dropped");
    Thread.sleep(500); // a poll that had started may finish
    int pollsWhenRemoved = site.hits("/feed.xml");

    catalog().put(List.of(SourceRecord.of(feedOf(site), Instant.now())));

    await(WAIT, () -> site.hits("/feed.xml") > pollsWhenRemoved,
        () -> "the source added again polled again");
    assertThat(catalog().list()).extracting(SourceRecord::id).containsExactly(source.id());
  }

  @Test
  void everyPollRecordsTheSourcesStatusWhichOutlivesARestart() throws Exception {
    LocalSite site = site("127.0.0.1", "ferry");
    SourceConfig feed = feedOf(site);
    Instant firstPoll = clock.instant();
    IngestService first = service(List.of(feed));
    first.pollOnce(WAIT);
    SourceStatus ok = statusOf(feed);
    site.remove("/feed.xml");
    clock.advance(Duration.ofMinutes(5));
    first.pollOnce(WAIT);
    SourceStatus failed = statusOf(feed);
    first.close();
    clock.advance(Duration.ofMinutes(5));

    service(List.of(feed)).pollOnce(WAIT);
    SourceStatus failedAfterRestart = statusOf(feed);

    assertThat(ok.lastOutcome()).isEqualTo("ok");
    assertThat(ok.links()).isEqualTo(1);
    assertThat(ok.published()).isEqualTo(1);
    assertThat(ok.lastSuccessAt()).isEqualTo(firstPoll);
    assertThat(ok.instance()).isEqualTo(first.instanceId());
    assertThat(failed.lastOutcome()).isEqualTo("http-4xx");
    assertThat(failed.lastError()).contains("404");
    assertThat(failed.failuresInARow()).isEqualTo(1);
    assertThat(failed.lastSuccessAt()).isEqualTo(firstPoll);
    assertThat(failedAfterRestart.failuresInARow()).isEqualTo(2);
    assertThat(failedAfterRestart.lastSuccessAt()).isEqualTo(firstPoll);
    assertThat(registry.get(IngestMetrics.SOURCE_POLLED).tags("outcome", "http-4xx",
        "type", "feed").counter().count()).isEqualTo(2);
  }

  private Set<String> kafkaClientIds() {
    return registry.getMeters().stream()
        .filter(m -> m.getId().getName().startsWith("kafka."))
        .map(m -> m.getId().getTag("client.id"))
        .filter(id -> id != null)
        .collect(Collectors.toSet());
  }

  @Test
  void kafkaClientMetricsOfTheInstanceAreBoundUntilItCloses() throws Exception {
    LocalSite site = site("127.0.0.1", "ferry");
    IngestService service = service(List.of(feedOf(site)));
    service.pollOnce(WAIT);
    String id = service.instanceId();

    Set<String> whileRunning = kafkaClientIds();
    double sent = registry.get("kafka.producer.record.send.total").tag("client.id", id)
        .functionCounter().count();
    service.close();

    assertThat(whileRunning).contains(id, id + "-sources", id + "-fetch-state",
        id + "-source-status");
    assertThat(sent).isPositive();
    assertThat(kafkaClientIds()).isEmpty();
  }
}
