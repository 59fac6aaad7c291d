/**
 * Trending entities on the live page, and the page's Kafka Streams application ({@link
 * io.newsflow.web.trending.PageStreams}, application id {@code newsflow-web} by default) that
 * also runs the source health aggregation of {@code io.newsflow.web.sources}.
 *
 * <p><b>What is counted.</b> Articles, not mentions: an entity trends when many articles talk
 * about it, not when one long article repeats its name. {@code news-entity-mentions-v1} carries
 * one record per entity per article <em>version</em>, so {@link
 * io.newsflow.web.trending.FirstSightingProcessor} remembers, per entity and article, the first
 * version's time and the latest version: an update adds no article (only the change in
 * mentions, which are kept beside the count), and always in the window the article was first
 * counted in.
 *
 * <p><b>Time axis.</b> The article's publication time ({@link
 * io.newsflow.web.trending.PublishedTimeExtractor}), falling back to the record's timestamp
 * (when the version reached Kafka) for an undated article or one dated in the future. So an
 * article fetched or enriched late counts in the hour it came out, a replay or enrich catching up
 * does not make a spike, and a backfill of old articles does not trend. Records up to 48 hours
 * late (by publication time, against the newest seen) still count.
 *
 * <p><b>Windows.</b> 10-minute tumbling windows kept 50 hours in {@code
 * web-entity-mentions-by-10m-v1}; a query sums them into the last hour or 24 hours (ending at the
 * end of the current 10 minutes), the period before, and a sparkline (six 10-minute or 24 hourly
 * counts).
 *
 * <p><b>Several instances.</b> Scatter-gather, see {@code io.newsflow.web.query}: the input is
 * keyed by entity, so each entity's windows are whole in one instance and merging the instances'
 * local top-Ns gives the exact global top-N. Keeping one global aggregate on one partition would
 * have made one instance do all the work and hold all the state, and a ranking query would still
 * have to be forwarded to it; scatter-gather keeps the aggregation parallel and costs one HTTP
 * call per other instance per query.
 *
 * <p><b>Guarantees.</b> At-least-once (a count on a page may be off by a record after a crash;
 * exactly-once would cost transactions for nothing a reader can see); persistent stores with
 * changelogs, so a restart keeps the counts; the input topics are created when missing, so the
 * application starts and answers empty on an empty cluster.
 */
package io.newsflow.web.trending;
