/**
 * Publishing from ingest through one idempotent producer: raw articles (acknowledged before the
 * fetch state moves on), fetch status records and dead letters. Counters: {@code
 * newsflow.ingest.published}, {@code newsflow.ingest.fetched{outcome}}, {@code
 * newsflow.ingest.dead.lettered{stage}}.
 */
package io.newsflow.ingest.publish;
