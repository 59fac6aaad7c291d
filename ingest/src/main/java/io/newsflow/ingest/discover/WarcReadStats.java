package io.newsflow.ingest.discover;

import java.util.Map;

/**
 * Counts of a WARC read so far, for progress lines on long runs.
 *
 * @param recordsRead every WARC record read, whatever its type
 * @param pagesYielded the pages handed to the caller
 * @param skipped records passed over, by reason
 * @param position how far into the file the reader is, in (compressed) bytes
 */
public record WarcReadStats(
    long recordsRead, long pagesYielded, Map<WarcSkipReason, Long> skipped, long position) {

  public WarcReadStats {
    skipped = Map.copyOf(skipped);
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  public long skipped(WarcSkipReason reason) {
    return skipped.getOrDefault(reason, 0L);
  }
}
