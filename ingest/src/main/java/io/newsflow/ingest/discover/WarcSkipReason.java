package io.newsflow.ingest.discover;

/** Why {@link WarcArticleReader} passed over a WARC record. */
public enum WarcSkipReason {
  /** A request, metadata, warcinfo, revisit, resource or other non-response record. */
  NOT_RESPONSE,
  /** A response record that does not hold an HTTP response (DNS, Gemini, ...). */
  NOT_HTTP,
  /** An HTTP response without a target URI, or with a non-http(s) one. */
  NO_URL,
  /** An HTTP status other than 200. */
  NOT_OK_STATUS,
  /** A payload that is not HTML. */
  NOT_HTML,
  /** A payload (raw or decoded) larger than the reader's limit. */
  TOO_LARGE,
  /** An HTTP header that cannot be parsed. */
  MALFORMED_HTTP,
  /**
   * A WARC record that cannot be framed: a corrupt WARC header, garbage where a record should
   * start, or a record cut shorter than its Content-Length. Reading goes on at the next record.
   */
  MALFORMED_RECORD,
  /** A content encoding that cannot be decoded (unknown, unsupported or corrupt). */
  UNDECODABLE
}
