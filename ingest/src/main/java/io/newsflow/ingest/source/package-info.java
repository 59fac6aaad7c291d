/**
 * Sources (feeds, sitemaps, section pages, single pages) as records on the compacted {@code
 * news-sources-v1} topic, partitioned by host, so that ingest instances share them out through
 * Kafka's consumer-group assignment (cooperative, so a rebalance moves only the partitions that
 * change owner); and the catalogue that {@code newsflow sources add|remove|list} changes at run
 * time.
 */
package io.newsflow.ingest.source;
