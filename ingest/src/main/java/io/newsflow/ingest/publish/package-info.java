/** Publishing from ingest: raw articles, fetch status records and dead letters, idempotently. */
package io.newsflow.ingest.publish;
