package io.newsflow.app.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One row of the soak's report: what happened during one minute, or during the drain after the
 * last one. Counts are of that period; lags are the largest seen in it; the heap is the one after
 * the period's last garbage collection, and the lowest after any of its collections.
 *
 * @param phase {@code soak} for a minute, {@code drain} for the drain
 * @param minute 1 for the first minute; 0 for the drain
 * @param appeared articles the publisher put out
 * @param corrected corrections the publisher put out
 * @param fetched article pages the publisher served whole (new articles and corrections)
 * @param requests requests the publisher answered, of any kind
 * @param notModified of those, answered 304 Not Modified
 * @param published article versions ingest published
 * @param enriched articles the enrich stage enriched
 * @param written articles the sink wrote and committed
 * @param deadLettered records any stage sent to the dead-letter topic
 * @param latency fetch-to-sink times of the articles the sink committed in the period
 * @param enrichLag the enrich stage's largest consumer lag on news-raw-v1 (-1: not measured)
 * @param sinkLag the sink's largest consumer lag on news-enriched-v1 (-1: not measured)
 * @param unfetched article versions the publisher had put out and not yet served, at the end
 * @param heap the heap after the period's garbage collections
 * @param cpu the process's CPU time over the period's wall time: 1.0 is one core busy
 * @param fullGcMs how long the full collection at the end of the period took, or -1 for none
 */
record SoakRow(String phase, int minute, double seconds, long appeared, long corrected,
    long fetched, long requests, long notModified, long published, long enriched, long written,
    long deadLettered, LatencyHistogram latency, long enrichLag, long sinkLag, long unfetched,
    HeapAfterGc.Window heap, double cpu, long fullGcMs) {

  static final String HEADER = String.format(Locale.ROOT,
      "%6s %6s %6s %7s %9s %8s %7s %7s %7s %7s %7s %6s %6s %9s %8s %7s %5s",
      "minute", "new", "fixed", "fetched", "published", "enriched", "written", "p50 s",
      "p95 s", "p99 s", "max s", "lag-en", "lag-sk", "unfetched", "heap MB", "low MB", "cpu");

  /** The row as printed under {@link #HEADER}. */
  String line() {
    return String.format(Locale.ROOT,
        "%6s %6d %6d %7d %9d %8d %7d %7s %7s %7s %7s %6s %6s %9d %8s %7s %5.2f",
        phase.equals("drain") ? "drain" : String.valueOf(minute), appeared, corrected, fetched,
        published, enriched, written, seconds(latency.percentileMs(0.50)),
        seconds(latency.percentileMs(0.95)), seconds(latency.percentileMs(0.99)),
        seconds(latency.maxMs()), lag(enrichLag), lag(sinkLag), unfetched, mb(heap.lastBytes()),
        mb(heap.lowestBytes()), cpu);
  }

  /** The row's fields by name, for JSON Lines and CSV: times in ms, sizes in MB. */
  Map<String, Object> fields() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("phase", phase);
    f.put("minute", phase.equals("drain") ? null : minute);
    f.put("seconds", round(seconds));
    f.put("appeared", appeared);
    f.put("corrected", corrected);
    f.put("fetched", fetched);
    f.put("requests", requests);
    f.put("notModified", notModified);
    f.put("published", published);
    f.put("enriched", enriched);
    f.put("written", written);
    f.put("deadLettered", deadLettered);
    f.put("latencySamples", latency.count());
    f.put("p50Ms", round(latency.percentileMs(0.50)));
    f.put("p95Ms", round(latency.percentileMs(0.95)));
    f.put("p99Ms", round(latency.percentileMs(0.99)));
    f.put("maxMs", round(latency.maxMs()));
    f.put("enrichLag", enrichLag);
    f.put("sinkLag", sinkLag);
    f.put("unfetched", unfetched);
    f.put("heapAfterGcMb", heap.lastBytes() < 0 ? null : round(heap.lastBytes() / 1048576.0));
    f.put("heapAfterGcLowestMb",
        heap.lowestBytes() < 0 ? null : round(heap.lowestBytes() / 1048576.0));
    f.put("gcs", heap.collections());
    f.put("cpuCores", Math.round(cpu * 100) / 100.0);
    f.put("fullGcMs", fullGcMs < 0 ? null : fullGcMs);
    return f;
  }

  private static Double round(double value) {
    return Double.isNaN(value) ? null : Math.round(value * 10) / 10.0;
  }

  private static String seconds(double ms) {
    return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.2f", ms / 1000);
  }

  private static String lag(long lag) {
    return lag < 0 ? "-" : String.valueOf(lag);
  }

  private static String mb(long bytes) {
    return bytes < 0 ? "-" : String.valueOf(Math.round(bytes / 1048576.0));
  }
}
