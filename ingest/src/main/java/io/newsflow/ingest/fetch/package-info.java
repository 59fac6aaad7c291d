/**
 * Polite, bounded HTTP fetching for news pages, feeds, sitemaps and robots.txt.
 *
 * <p>The API: {@link io.newsflow.ingest.fetch.PageFetcher} (the seam), {@link
 * io.newsflow.ingest.fetch.HttpPageFetcher} (its implementation, built from {@code
 * IngestConfig}), {@link io.newsflow.ingest.fetch.FetchRequest} with the {@link
 * io.newsflow.ingest.fetch.ExpectedContent} a request expects, and {@link
 * io.newsflow.ingest.fetch.FetchResult}, whose outcome says how every fetch ended. Everything else
 * here is package-private: the address guard against SSRF, the robots.txt cache, the per-host gate,
 * the backoff, the JDK HTTP transport and the content decoder.
 *
 * <p>Configuration keys read ({@code ingest.*} in newsflow-defaults.yaml): user-agent,
 * connect-timeout, read-timeout, max-body-bytes, max-redirects, host-delay, max-crawl-delay,
 * concurrency, max-attempts, initial-backoff, max-backoff, obey-robots, robots-ttl,
 * allow-addresses.
 */
package io.newsflow.ingest.fetch;
