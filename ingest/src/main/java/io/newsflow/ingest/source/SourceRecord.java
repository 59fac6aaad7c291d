package io.newsflow.ingest.source;

import io.newsflow.core.article.CanonicalUrl;
import io.newsflow.core.config.SourceConfig;
import java.time.Duration;
import java.time.Instant;

/**
 * The value on {@code news-sources-v1}, keyed by {@link #id()} (the canonical URL) and written to
 * the partition of its host, so all sources of a host belong to one ingest instance at a time.
 *
 * @param pollIntervalSeconds 0 to use {@code ingest.poll-interval}
 */
public record SourceRecord(
    int schemaVersion, String id, String type, String url, long pollIntervalSeconds,
    Instant addedAt) {

  public static final int SCHEMA_VERSION = 1;

  public static SourceRecord of(SourceConfig source, Instant now) {
    String canonical = CanonicalUrl.of(source.url());
    long seconds = source.pollInterval() == null ? 0 : source.pollInterval().toSeconds();
    return new SourceRecord(SCHEMA_VERSION, canonical, source.type(), source.url(), seconds, now);
  }

  public SourceConfig toConfig() {
    return new SourceConfig(
        type, url, pollIntervalSeconds > 0 ? Duration.ofSeconds(pollIntervalSeconds) : null);
  }

  public String host() {
    return CanonicalUrl.host(id);
  }
}
