/**
 * Ingesting WARC archives (Common Crawl, CC-NEWS, any crawler's): {@link
 * io.newsflow.ingest.warc.WarcIngest} reads the HTML responses, extracts the articles and
 * publishes each new or changed one to {@code news-raw-v1} like a live fetch, sharing the fetch
 * state, so re-running an archive publishes nothing.
 */
package io.newsflow.ingest.warc;
