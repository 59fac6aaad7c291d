/**
 * The ingest stage: polls sources (feeds, sitemaps, section pages, single pages, WARC archives),
 * fetches pages politely, extracts articles and publishes them to {@code news-raw-v1}.
 */
package io.newsflow.ingest;
