/**
 * Sources (feeds, sitemaps, section pages, single pages) as records on the compacted {@code
 * news-sources-v1} topic, partitioned by host, so that ingest instances share them out through
 * Kafka's consumer-group assignment; and the commands that change them at run time.
 */
package io.newsflow.ingest.source;
