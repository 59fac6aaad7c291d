package io.newsflow.ingest.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.article.CanonicalUrl;
import io.newsflow.core.status.FetchOutcome;

/**
 * The ingest meters, each declared once with its tags. Tag values are kept to small sets: an
 * outcome label, a source type, a stage, a host that ingest fetched from, or the simple class name
 * of an exception. Every counter is created on first use. Thread-safe.
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>Name</th><th>Tags</th><th>Counts</th></tr>
 *   <tr><td>{@value #FETCHED}</td><td>outcome, host</td><td>fetches (listings, pages, child
 *       sitemaps) by {@link FetchOutcome} label and host; WARC records count with host
 *       {@value #WARC_HOST}</td></tr>
 *   <tr><td>{@value #EXTRACTION_FAILED}</td><td>reason</td><td>pages the extractor threw on
 *       (each is dead-lettered too)</td></tr>
 *   <tr><td>{@value #PUBLISHED}</td><td></td><td>article versions the broker acknowledged</td></tr>
 *   <tr><td>{@value #DEAD_LETTERED}</td><td>stage, reason</td><td>dead letters written</td></tr>
 *   <tr><td>{@value #SOURCE_POLLED}</td><td>outcome, type</td><td>polls of a source, by how its
 *       listing ended (see {@code SourceStatus#lastOutcome})</td></tr>
 * </table>
 */
public final class IngestMetrics {
  public static final String FETCHED = "newsflow.ingest.fetched";
  public static final String EXTRACTION_FAILED = "newsflow.ingest.extraction.failed";
  public static final String PUBLISHED = "newsflow.ingest.published";
  public static final String DEAD_LETTERED = "newsflow.ingest.dead.lettered";
  public static final String SOURCE_POLLED = "newsflow.ingest.source.polled";

  /** The host tag of what a WARC archive holds: records read, not fetched. */
  public static final String WARC_HOST = "warc";
  /** The host tag of a URL whose host cannot be read. */
  static final String UNKNOWN_HOST = "unknown";

  private final MeterRegistry registry;

  public IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** One fetch of {@code url} ended with {@code outcome}. */
  public void fetched(FetchOutcome outcome, String url) {
    fetchedFrom(outcome, hostOf(url));
  }

  /** One fetch from {@code host} (or a record read from an archive) ended with {@code outcome}. */
  public void fetchedFrom(FetchOutcome outcome, String host) {
    registry.counter(FETCHED, "outcome", outcome.label(), "host", host).increment();
  }

  /** The extractor threw {@code error} on a page. */
  public void extractionFailed(Throwable error) {
    registry.counter(EXTRACTION_FAILED, "reason", kindOf(error.getClass().getName())).increment();
  }

  /** The broker acknowledged one article version. */
  public void published() {
    registry.counter(PUBLISHED).increment();
  }

  /**
   * One dead letter was written.
   *
   * @param stage the {@code Stage} label
   * @param errorClass the class name of the error, as the dead letter holds it
   */
  public void deadLettered(String stage, String errorClass) {
    registry.counter(DEAD_LETTERED, "stage", stage, "reason", kindOf(errorClass)).increment();
  }

  /** One poll of a source of {@code type} ended with {@code outcome}. */
  public void sourcePolled(String type, String outcome) {
    registry.counter(SOURCE_POLLED, "outcome", outcome, "type", type).increment();
  }

  /** The host of a URL in lower case, or {@value #UNKNOWN_HOST}. */
  static String hostOf(String url) {
    String host = url == null ? "" : CanonicalUrl.host(url);
    return host.isEmpty() ? UNKNOWN_HOST : host;
  }

  /** The simple name of a class name ({@code a.b.Outer$Inner} is {@code Inner}). */
  static String kindOf(String className) {
    if (className == null || className.isBlank()) {
      return "unknown";
    }
    int cut = Math.max(className.lastIndexOf('.'), className.lastIndexOf('$'));
    return className.substring(cut + 1);
  }
}
