package io.newsflow.ingest.warc;

import io.newsflow.core.article.CanonicalUrl;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.ingest.discover.WarcSkip;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The status records of what a WARC ingest could not read: a record meant to be a page that is
 * damaged (a malformed HTTP response, a record that cannot be framed, a payload that cannot be
 * decoded: {@code invalid}; one beyond the size limit: {@code too-large}), and a file that cannot
 * be read to its end. Records skipped as routine (requests, metadata, non-HTML, non-200) get none.
 *
 * <p>A record's status is keyed by its target URL when its header names one, else by {@code
 * warc:<file name>@<offset>}; a file's by {@code warc:<file name>}, its source.
 */
final class DamagedRecordStatus {
  private DamagedRecordStatus() {}

  /** The status of a skipped record, or none for a routine skip. */
  static Optional<FetchStatus> of(WarcSkip skip, String source, Instant at) {
    FetchOutcome outcome = switch (skip.reason()) {
      case MALFORMED_HTTP, MALFORMED_RECORD, UNDECODABLE -> FetchOutcome.INVALID;
      case TOO_LARGE -> FetchOutcome.TOO_LARGE;
      default -> null;
    };
    if (outcome == null) {
      return Optional.empty();
    }
    String reason = (skip.detail() == null ? skip.reason().name() : skip.detail())
        + " (WARC record at offset " + skip.offset() + ")";
    return Optional.of(new FetchStatus(FetchStatus.SCHEMA_VERSION, key(skip, source), source,
        outcome, null, reason, at, 0, null));
  }

  /** The status of a file read only in part, or not at all. */
  static FetchStatus ofFile(Path file, String source, String reason, Instant at) {
    return new FetchStatus(FetchStatus.SCHEMA_VERSION, source, source, FetchOutcome.INVALID, null,
        "cannot read " + file + " to its end: " + reason, at, 0, null);
  }

  private static String key(WarcSkip skip, String source) {
    if (skip.url() == null) {
      return source + "@" + skip.offset();
    }
    try {
      return CanonicalUrl.of(skip.url());
    } catch (IllegalArgumentException e) {
      return skip.url();
    }
  }
}
