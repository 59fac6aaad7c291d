package io.newsflow.core.config;

import java.time.Duration;
import java.util.List;

/**
 * The ingest stage: fetching, politeness, limits and sources. See newsflow-defaults.yaml.
 *
 * @param robotsTtl how long a host's robots.txt is cached
 * @param maxCrawlDelay the longest robots.txt Crawl-delay honoured; longer ones are cut to it
 */
public record IngestConfig(
    String userAgent,
    Duration pollInterval,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBodyBytes,
    int maxRedirects,
    Duration hostDelay,
    int concurrency,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    boolean obeyRobots,
    List<String> allowAddresses,
    List<SourceConfig> sources,
    Duration robotsTtl,
    Duration maxCrawlDelay,
    String groupId,
    int maxLinksPerSource,
    Duration refreshWindow) {

  static final Duration DEFAULT_ROBOTS_TTL = Duration.ofHours(24);
  static final Duration DEFAULT_MAX_CRAWL_DELAY = Duration.ofSeconds(30);
  static final String DEFAULT_GROUP_ID = "newsflow-ingest";
  static final int DEFAULT_MAX_LINKS_PER_SOURCE = 200;
  static final Duration DEFAULT_REFRESH_WINDOW = Duration.ofDays(7);

  public IngestConfig {
    robotsTtl = robotsTtl == null ? DEFAULT_ROBOTS_TTL : robotsTtl;
    maxCrawlDelay = maxCrawlDelay == null ? DEFAULT_MAX_CRAWL_DELAY : maxCrawlDelay;
    groupId = groupId == null || groupId.isBlank() ? DEFAULT_GROUP_ID : groupId;
    refreshWindow = refreshWindow == null ? DEFAULT_REFRESH_WINDOW : refreshWindow;
    allowAddresses = allowAddresses == null ? List.of() : List.copyOf(allowAddresses);
    sources = sources == null ? List.of() : List.copyOf(sources);
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("ingest.max-body-bytes must be at least 1024");
    }
    if (maxLinksPerSource < 1) {
      throw new IllegalArgumentException("ingest.max-links-per-source must be at least 1");
    }
    if (maxRedirects < 0 || concurrency < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "ingest.max-redirects must be >= 0, concurrency and max-attempts >= 1");
    }
  }

  /** The fetching keys alone; the others take their defaults (used by tests and tools). */
  public IngestConfig(String userAgent, Duration pollInterval, Duration connectTimeout,
      Duration readTimeout, long maxBodyBytes, int maxRedirects, Duration hostDelay,
      int concurrency, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
      boolean obeyRobots, List<String> allowAddresses, List<SourceConfig> sources) {
    this(userAgent, pollInterval, connectTimeout, readTimeout, maxBodyBytes, maxRedirects,
        hostDelay, concurrency, maxAttempts, initialBackoff, maxBackoff, obeyRobots,
        allowAddresses, sources, DEFAULT_ROBOTS_TTL, DEFAULT_MAX_CRAWL_DELAY, DEFAULT_GROUP_ID,
        DEFAULT_MAX_LINKS_PER_SOURCE, DEFAULT_REFRESH_WINDOW);
  }

  public IngestConfig withSources(List<SourceConfig> newSources) {
    return new IngestConfig(userAgent, pollInterval, connectTimeout, readTimeout, maxBodyBytes,
        maxRedirects, hostDelay, concurrency, maxAttempts, initialBackoff, maxBackoff, obeyRobots,
        allowAddresses, newSources, robotsTtl, maxCrawlDelay, groupId, maxLinksPerSource, refreshWindow);
  }

  public IngestConfig withAllowAddresses(List<String> addresses) {
    return new IngestConfig(userAgent, pollInterval, connectTimeout, readTimeout, maxBodyBytes,
        maxRedirects, hostDelay, concurrency, maxAttempts, initialBackoff, maxBackoff, obeyRobots,
        addresses, sources, robotsTtl, maxCrawlDelay, groupId, maxLinksPerSource, refreshWindow);
  }

  public IngestConfig withHostDelay(Duration delay) {
    return new IngestConfig(userAgent, pollInterval, connectTimeout, readTimeout, maxBodyBytes,
        maxRedirects, delay, concurrency, maxAttempts, initialBackoff, maxBackoff, obeyRobots,
        allowAddresses, sources, robotsTtl, maxCrawlDelay, groupId, maxLinksPerSource, refreshWindow);
  }
}
