/**
 * Fetch state per URL (validators, content hash, version, last outcome, next fetch time), kept in
 * the compacted {@code news-fetch-state-v1} topic so it survives restarts and is shared by every
 * ingest instance ({@link io.newsflow.ingest.state.FetchStateStore}), and the version decision
 * ({@link io.newsflow.ingest.state.ArticleVersions}): a new version only when the article's
 * content hash changed, numbered per article (canonical URL), whichever URL it was fetched from.
 */
package io.newsflow.ingest.state;
