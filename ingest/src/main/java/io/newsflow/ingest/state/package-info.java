/**
 * Fetch state per URL (validators, content hash, version, last outcome, next fetch time), kept in
 * the compacted {@code news-fetch-state-v1} topic so it survives restarts and is shared by every
 * ingest instance.
 */
package io.newsflow.ingest.state;
