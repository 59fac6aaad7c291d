/**
 * The sink stage: consumes {@code news-enriched-v1} with read-committed isolation and writes each
 * article durably (JSON Lines files, PostgreSQL) before committing its offset.
 */
package io.newsflow.sink;
