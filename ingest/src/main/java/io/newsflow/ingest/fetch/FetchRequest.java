package io.newsflow.ingest.fetch;

/**
 * One URL to fetch, with the validators of the last fetch for a conditional request.
 *
 * @param etag sent as If-None-Match, or null
 * @param lastModified sent as If-Modified-Since (an HTTP date as the server gave it), or null
 */
public record FetchRequest(String url, String etag, String lastModified) {
  public static FetchRequest of(String url) {
    return new FetchRequest(url, null, null);
  }
}
