/**
 * Polling sources and crawling their articles: which links a source lists ({@link
 * io.newsflow.ingest.crawl.LinkLister}: feeds, sitemaps, section pages), when an article is worth
 * fetching again ({@link io.newsflow.ingest.crawl.RefreshPolicy}), polling one source ({@link
 * io.newsflow.ingest.crawl.SourcePoller}) and the fetch-extract-compare-publish step for one
 * article ({@link io.newsflow.ingest.crawl.ArticleCrawler}). Every fetch, listing or article,
 * ends in a status record on {@code news-fetch-status-v1} and the counter {@code
 * newsflow.ingest.fetched{outcome}}.
 */
package io.newsflow.ingest.crawl;
