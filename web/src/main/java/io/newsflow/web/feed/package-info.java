/**
 * The recent articles the page shows: a bounded store of the latest version of the newest
 * enriched articles, filled by a read-committed consumer of {@code news-enriched-v1} that is in no
 * group (every page instance sees every article), and the listeners it tells about each arrival.
 */
package io.newsflow.web.feed;
