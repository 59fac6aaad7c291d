package io.newsflow.ingest.fetch;

import java.util.Objects;

/**
 * One URL to fetch, with the validators of the last fetch for a conditional request and the kind of
 * resource expected.
 *
 * @param etag sent as If-None-Match, or null
 * @param lastModified sent as If-Modified-Since (an HTTP date as the server gave it), or null
 * @param expected what the response must be; anything else ends as {@code not-html}
 */
public record FetchRequest(String url, String etag, String lastModified, ExpectedContent expected) {

  public FetchRequest {
    Objects.requireNonNull(url, "url");
    expected = expected == null ? ExpectedContent.HTML : expected;
  }

  /** A request for an HTML page. */
  public FetchRequest(String url, String etag, String lastModified) {
    this(url, etag, lastModified, ExpectedContent.HTML);
  }

  /** An unconditional request for an HTML page. */
  public static FetchRequest of(String url) {
    return new FetchRequest(url, null, null, ExpectedContent.HTML);
  }

  /** An unconditional request for a resource of the given kind (a feed, a sitemap ...). */
  public static FetchRequest of(String url, ExpectedContent expected) {
    return new FetchRequest(url, null, null, expected);
  }

  /** This request made conditional on the validators of a previous fetch. */
  public FetchRequest withValidators(String newEtag, String newLastModified) {
    return new FetchRequest(url, newEtag, newLastModified, expected);
  }
}
