package io.newsflow.core.config;

import java.time.Duration;
import java.util.List;

/** The ingest stage: fetching, politeness, limits and sources. See newsflow-defaults.yaml. */
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
    String groupId,
    int maxLinksPerSource,
    Duration refreshWindow) {

  public IngestConfig {
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

  public IngestConfig withSources(List<SourceConfig> newSources) {
    return new IngestConfig(userAgent, pollInterval, connectTimeout, readTimeout, maxBodyBytes,
        maxRedirects, hostDelay, concurrency, maxAttempts, initialBackoff, maxBackoff, obeyRobots,
        allowAddresses, newSources, groupId, maxLinksPerSource, refreshWindow);
  }

  public IngestConfig withAllowAddresses(List<String> addresses) {
    return new IngestConfig(userAgent, pollInterval, connectTimeout, readTimeout, maxBodyBytes,
        maxRedirects, hostDelay, concurrency, maxAttempts, initialBackoff, maxBackoff, obeyRobots,
        addresses, sources, groupId, maxLinksPerSource, refreshWindow);
  }

  public IngestConfig withHostDelay(Duration delay) {
    return new IngestConfig(userAgent, pollInterval, connectTimeout, readTimeout, maxBodyBytes,
        maxRedirects, delay, concurrency, maxAttempts, initialBackoff, maxBackoff, obeyRobots,
        allowAddresses, sources, groupId, maxLinksPerSource, refreshWindow);
  }
}
