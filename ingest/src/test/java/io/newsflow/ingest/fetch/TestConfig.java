package io.newsflow.ingest.fetch;

import io.newsflow.core.config.IngestConfig;
import java.time.Duration;
import java.util.List;

/** An {@link IngestConfig} for fetcher tests: loopback allowed, no host delay, short timeouts. */
final class TestConfig {
  static final String USER_AGENT = "Newsflow/0.1 (+https://newsflow.example/bot; test)";

  String userAgent = USER_AGENT;
  Duration connectTimeout = Duration.ofSeconds(2);
  Duration readTimeout = Duration.ofSeconds(5);
  long maxBodyBytes = 10L * 1024 * 1024;
  int maxRedirects = 5;
  Duration hostDelay = Duration.ZERO;
  int concurrency = 4;
  int maxAttempts = 3;
  Duration initialBackoff = Duration.ofSeconds(1);
  Duration maxBackoff = Duration.ofMinutes(1);
  boolean obeyRobots = true;
  List<String> allowAddresses = List.of("127.0.0.0/8");
  Duration robotsTtl = Duration.ofHours(24);
  Duration maxCrawlDelay = Duration.ofSeconds(30);

  IngestConfig build() {
    return new IngestConfig(
        userAgent,
        Duration.ofMinutes(15),
        connectTimeout,
        readTimeout,
        maxBodyBytes,
        maxRedirects,
        hostDelay,
        concurrency,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        obeyRobots,
        allowAddresses,
        List.of(),
        robotsTtl,
        maxCrawlDelay,
        "newsflow-ingest-test",
        200,
        Duration.ofDays(7));
  }

  /** A fetcher on the real HTTP client behind the loopback-only safety net, on fake time. */
  Harness harness() {
    return new Harness(build(), new FakeTime(), HostResolver.SYSTEM);
  }

  Harness harness(HostResolver resolver) {
    return new Harness(build(), new FakeTime(), resolver);
  }

  /** The fetcher under test and what it is wired to. */
  static final class Harness implements AutoCloseable {
    final FakeTime time;
    final LoopbackOnlyTransport transport;
    final HttpPageFetcher fetcher;

    Harness(IngestConfig config, FakeTime time, HostResolver resolver) {
      this.time = time;
      this.transport =
          new LoopbackOnlyTransport(
              new JdkHttpTransport(
                  config.userAgent(), config.connectTimeout(), config.readTimeout()));
      // A fixed draw makes the jittered backoff exactly half its ceiling.
      this.fetcher = new HttpPageFetcher(config, transport, resolver, time, () -> 0.5);
    }

    FetchResult fetch(String url) {
      return fetcher.fetch(FetchRequest.of(url));
    }

    @Override
    public void close() {
      fetcher.close();
    }
  }
}
