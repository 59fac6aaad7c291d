package io.newsflow.ingest.warc;

import io.newsflow.ingest.discover.WarcSkipReason;
import java.util.Locale;

/** Why a WARC record published nothing: the reader's reasons, then those of ingest itself. */
public enum SkipReason {
  /** A request, metadata, warcinfo, revisit or other non-response record. */
  NOT_RESPONSE,
  NOT_HTTP,
  NO_URL,
  NOT_OK_STATUS,
  NOT_HTML,
  /** A payload beyond the size limit, or an article beyond what the broker takes. */
  TOO_LARGE,
  MALFORMED_HTTP,
  /** A WARC record that cannot be framed; reading went on at the next record. */
  MALFORMED_RECORD,
  UNDECODABLE,
  /** An HTML-labelled payload that is binary. */
  BINARY,
  /** A URL that cannot be canonicalised. */
  INVALID_URL,
  /** The extractor failed; the page was dead-lettered. */
  EXTRACT_FAILED,
  /** No article text on the page. */
  NOT_ARTICLE,
  /** The article's content hash is the one already published. */
  UNCHANGED,
  /** A capture older than the one the published version came from. */
  OLDER_CAPTURE;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static SkipReason of(WarcSkipReason reason) {
    return valueOf(reason.name());
  }
}
