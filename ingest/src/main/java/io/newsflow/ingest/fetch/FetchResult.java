package io.newsflow.ingest.fetch;

import io.newsflow.core.status.FetchOutcome;

/**
 * How a fetch ended. {@link #body()} holds the response body (decoded from gzip or deflate) when
 * the outcome is {@link FetchOutcome#OK}, else it is empty.
 *
 * @param finalUrl the URL after redirects
 * @param status the final HTTP status, or null when no response arrived
 * @param charset the charset named by the Content-Type header, or null (the parser then looks at
 *     the BOM and the meta tags)
 * @param reason a human-readable explanation for anything but OK
 */
public record FetchResult(
    String url,
    String finalUrl,
    FetchOutcome outcome,
    Integer status,
    String contentType,
    String charset,
    byte[] body,
    String etag,
    String lastModified,
    String reason,
    long tookMs) {

  public FetchResult {
    body = body == null ? new byte[0] : body;
  }

  public boolean ok() {
    return outcome == FetchOutcome.OK;
  }

  public static FetchResult failed(
      String url, FetchOutcome outcome, Integer status, String reason, long tookMs) {
    return new FetchResult(url, url, outcome, status, null, null, null, null, null, reason, tookMs);
  }
}
