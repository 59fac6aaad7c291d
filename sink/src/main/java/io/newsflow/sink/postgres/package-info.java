/**
 * The PostgreSQL destination: Flyway migrations, version-guarded upserts of articles with their
 * entities and claims in one transaction per batch, and a benchmark of that write path.
 */
package io.newsflow.sink.postgres;
