/**
 * Sources (feeds, sitemaps, section pages, single pages) as records on the compacted {@code
 * news-sources-v1} topic, partitioned by host, so that ingest instances share them out through
 * Kafka's consumer-group assignment (cooperative, so a rebalance moves only the partitions that
 * change owner); removed sources kept as removal markers so they stay removed; the catalogue that
 * {@code newsflow sources add|remove|list} changes at run time; and the status of each source
 * after its last poll, on the compacted {@code news-source-status-v1} topic.
 */
package io.newsflow.ingest.source;
