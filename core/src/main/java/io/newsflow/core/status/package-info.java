/**
 * The outcome of every fetch, published on {@code news-fetch-status-v1}, and the status of each
 * source after its last poll, which ingest keeps on the compacted {@code news-source-status-v1}.
 */
package io.newsflow.core.status;
