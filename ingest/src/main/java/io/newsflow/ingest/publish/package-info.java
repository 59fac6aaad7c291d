/**
 * Publishing from ingest through one idempotent producer: raw articles (acknowledged before the
 * fetch state moves on), fetch status records and dead letters. Counters: {@code
 * newsflow.ingest.published}, {@code newsflow.ingest.fetched{outcome,host}}, {@code
 * newsflow.ingest.dead.lettered{stage,reason}} (all named in {@link
 * io.newsflow.ingest.metrics.IngestMetrics}).
 */
package io.newsflow.ingest.publish;
