package io.newsflow.ingest.source;

import io.newsflow.core.article.CanonicalUrl;
import io.newsflow.core.config.SourceConfig;
import io.newsflow.core.status.SourceStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * The value on {@code news-sources-v1}, keyed by {@link #id()} (the canonical URL) and written to
 * the partition of its host, so all sources of a host belong to one ingest instance at a time.
 *
 * <p>A removed source stays on the topic as a <em>removal marker</em>: the same record with
 * {@link #removedAt()} set. Compaction keeps it (it is a value, not a tombstone), so a removal
 * outlives {@code delete.retention.ms} and restarts: ingest does not register a configured source
 * again while its marker is there, and no instance polls it. Adding the source again replaces the
 * marker.
 *
 * <p>Schema versions: 1 had no {@code removedAt} (a removal was a tombstone, still understood as
 * "gone, without memory"); 2 adds it. A record of a newer version than {@link #SCHEMA_VERSION} is
 * refused, so an older reader skips what it cannot interpret rather than polling it.
 *
 * @param pollIntervalSeconds 0 to use {@code ingest.poll-interval}
 * @param removedAt when the source was removed, or null for a source to poll
 */
public record SourceRecord(
    int schemaVersion, String id, String type, String url, long pollIntervalSeconds,
    Instant addedAt, Instant removedAt) implements SourceStatus.Source {

  public static final int SCHEMA_VERSION = 2;

  public SourceRecord {
    if (schemaVersion > SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "source record schema version " + schemaVersion + " is newer than this Newsflow reads ("
              + SCHEMA_VERSION + ")");
    }
  }

  public static SourceRecord of(SourceConfig source, Instant now) {
    String canonical = CanonicalUrl.of(source.url());
    long seconds = source.pollInterval() == null ? 0 : source.pollInterval().toSeconds();
    return new SourceRecord(
        SCHEMA_VERSION, canonical, source.type(), source.url(), seconds, now, null);
  }

  /** True for a removal marker. */
  public boolean removed() {
    return removedAt != null;
  }

  /** This source's removal marker: the same source, removed at {@code at}. */
  public SourceRecord removedAt(Instant at) {
    return new SourceRecord(SCHEMA_VERSION, id, type, url, pollIntervalSeconds, addedAt, at);
  }

  public SourceConfig toConfig() {
    return new SourceConfig(
        type, url, pollIntervalSeconds > 0 ? Duration.ofSeconds(pollIntervalSeconds) : null);
  }

  public String host() {
    return CanonicalUrl.host(id);
  }
}
