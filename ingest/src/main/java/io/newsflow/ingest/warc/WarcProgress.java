package io.newsflow.ingest.warc;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a WARC ingest stands, reported periodically on long runs and once at the end.
 *
 * @param file the file being read (the last one when done)
 * @param filesDone files finished so far, failed ones included
 * @param records WARC records read so far, of every type
 * @param pages HTML pages among them
 * @param published article versions published (acknowledged by the broker)
 * @param skipped records that published nothing, by reason
 * @param done true for the last report of the run
 */
public record WarcProgress(
    String file,
    int filesDone,
    int files,
    long records,
    long pages,
    long published,
    Map<SkipReason, Long> skipped,
    Duration elapsed,
    boolean done) {

  public WarcProgress {
    skipped = Map.copyOf(skipped);
  }

  /** Records read per second over the run so far. */
  public double recordsPerSecond() {
    long millis = Math.max(1, elapsed.toMillis());
    return records * 1000.0 / millis;
  }

  /** One line for a log or a terminal. */
  @Override
  public String toString() {
    String reasons =
        skipped.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey().label() + "=" + e.getValue())
            .collect(Collectors.joining(" "));
    return String.format(
        java.util.Locale.ROOT,
        "%s (%d/%d files): %d records (%.0f/s), %d pages, %d published; skipped: %s",
        file, filesDone, files, records, recordsPerSecond(), pages, published,
        reasons.isEmpty() ? "none" : reasons);
  }
}
