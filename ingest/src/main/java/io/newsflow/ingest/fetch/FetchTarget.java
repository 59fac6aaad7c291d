package io.newsflow.ingest.fetch;

/**
 * What one fetch is after: a request's URL, expected kind and validators, or robots.txt, which is
 * fetched without a robots check and read up to {@link RobotsCache#MAX_ROBOTS_BYTES}, its excess
 * ignored rather than refused.
 */
record FetchTarget(
    String url, ExpectedContent expected, String etag, String lastModified, boolean robotsTxt) {

  static FetchTarget of(FetchRequest request) {
    return new FetchTarget(
        request.url(), request.expected(), request.etag(), request.lastModified(), false);
  }

  static FetchTarget robotsTxt(String url) {
    return new FetchTarget(url, ExpectedContent.ANY, null, null, true);
  }

  /** The most body bytes read, given the fetcher's max-body-bytes. */
  int bodyLimit(int maxBodyBytes) {
    return robotsTxt ? Math.min(maxBodyBytes, RobotsCache.MAX_ROBOTS_BYTES) : maxBodyBytes;
  }
}
