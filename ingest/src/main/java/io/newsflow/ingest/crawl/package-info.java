/**
 * Polling sources and crawling their articles: which links a source lists, when an article is
 * worth fetching again, and the fetch-extract-compare-publish step for one article.
 */
package io.newsflow.ingest.crawl;
