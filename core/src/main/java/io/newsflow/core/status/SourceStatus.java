package io.newsflow.core.status;

import java.time.Instant;
import java.util.Set;

/**
 * The value on {@code news-source-status-v1}, keyed by {@link #sourceId()}: how the last poll of
 * a source went, written by the instance that polled it after every poll.
 *
 * <p>{@link #lastOutcome()} is how the source's listing ended: a {@link FetchOutcome} label
 * ({@code ok}, {@code not-modified}, {@code http-4xx}, {@code invalid} for a listing that could
 * not be read, ...; for a page source, how the page's fetch ended, {@code unchanged} included), or
 * {@value #NOT_DUE} (a page source whose page was not due for a fetch), {@value #NO_READER} (no
 * reader for the source's type) or {@value #ERROR} (the poll failed unexpectedly; {@link
 * #lastError()} says how). {@code ok}, {@code not-modified}, {@code unchanged} and {@code
 * paywalled} are successes; {@value #NOT_DUE} changes neither the success time nor the failures in
 * a row; anything else is a failure.
 *
 * <p>The topic is internal to ingest, which writes it; other modules (the live page in {@code
 * web}, the {@code sources list} command) only read it, so the record lives here in core. Its JSON
 * is the one in {@code docs/schemas/news-source-status-v1.schema.json}.
 *
 * @param lastError why the last poll failed, or null when it did not
 * @param lastSuccessAt when a poll last succeeded, or null when none has
 * @param failuresInARow failed polls since the last success
 * @param links article links the last poll's listing gave
 * @param published article versions the last poll published
 * @param tookMs how long the last poll took, listing and articles
 * @param instance the ingest instance that polled
 */
public record SourceStatus(
    int schemaVersion,
    String sourceId,
    String url,
    String type,
    Instant lastPollAt,
    String lastOutcome,
    String lastError,
    Instant lastSuccessAt,
    int failuresInARow,
    int links,
    int published,
    long tookMs,
    String instance) {

  public static final int SCHEMA_VERSION = 1;
  /** A page source whose page was not due for a fetch: the poll fetched nothing. */
  public static final String NOT_DUE = "not-due";
  /** No reader for the source's type. */
  public static final String NO_READER = "no-reader";
  /** The poll failed unexpectedly (a bug, or the broker refusing an article). */
  public static final String ERROR = "error";

  private static final Set<String> SUCCESSES =
      Set.of(FetchOutcome.OK.label(), FetchOutcome.NOT_MODIFIED.label(),
          FetchOutcome.UNCHANGED.label(), FetchOutcome.PAYWALLED.label());

  /** What a status names of its source: its id (canonical URL), URL as added and type. */
  public interface Source {
    String id();

    String url();

    String type();
  }

  /**
   * One poll of a source.
   *
   * @param outcome a {@link FetchOutcome} label, {@value #NOT_DUE}, {@value #NO_READER} or
   *     {@value #ERROR}
   * @param error why it failed, or null
   */
  public record Poll(String outcome, String error, int links, int published, Instant at,
      long tookMs, String instance) {}

  /** True when {@code outcome} is a success. */
  public static boolean success(String outcome) {
    return SUCCESSES.contains(outcome);
  }

  /** True when the poll neither succeeded nor failed: {@value #NOT_DUE}. */
  public static boolean neutral(String outcome) {
    return NOT_DUE.equals(outcome);
  }

  /**
   * The status of {@code source} after {@code poll}.
   *
   * @param previous the status before the poll, or null
   */
  public static SourceStatus after(SourceStatus previous, Source source, Poll poll) {
    String outcome;
    String error;
    Instant lastSuccess;
    int failures;
    if (neutral(poll.outcome()) && previous != null) {
      outcome = previous.lastOutcome();
      error = previous.lastError();
      lastSuccess = previous.lastSuccessAt();
      failures = previous.failuresInARow();
    } else if (neutral(poll.outcome()) || success(poll.outcome())) {
      outcome = poll.outcome();
      error = null;
      lastSuccess = success(poll.outcome()) ? poll.at()
          : previous == null ? null : previous.lastSuccessAt();
      failures = 0;
    } else {
      outcome = poll.outcome();
      error = poll.error();
      lastSuccess = previous == null ? null : previous.lastSuccessAt();
      failures = previous == null ? 1 : previous.failuresInARow() + 1;
    }
    return new SourceStatus(SCHEMA_VERSION, source.id(), source.url(), source.type(), poll.at(),
        outcome, error, lastSuccess, failures, poll.links(), poll.published(), poll.tookMs(),
        poll.instance());
  }

  /** True when the last poll failed. */
  public boolean failing() {
    return failuresInARow > 0;
  }
}
