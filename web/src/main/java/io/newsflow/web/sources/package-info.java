/**
 * Source health on the live page: per source (the {@code source} of its articles and fetch
 * statuses: its canonical URL), the last 24 hours' new articles and updates on {@code
 * news-raw-v1}, the share of article versions with no date and with no author, the share of
 * extracted pages with no text (an empty page never reaches {@code news-raw-v1}: it is a fetch
 * status {@code not-article} on {@code news-fetch-status-v1}, which is counted too), fetches and
 * failed fetches; joined at query time with the source's latest status from ingest's {@code
 * news-source-status-v1} (last poll, outcome, error, last success, failures in a row).
 *
 * <p>Counts are kept in hourly windows of <em>record</em> time (when ingest published the record),
 * since health is about what the pipeline does now, not when articles say they were written; they
 * are repartitioned by source. The status is a global table ({@code web-source-status-v1}): small,
 * needed whole by every instance (a source with a status but no counts is still listed), and
 * partitioned by ingest its own way. Queries across instances add up the counts per source (each
 * source's counts are in one instance); see {@code io.newsflow.web.query}.
 */
package io.newsflow.web.sources;
