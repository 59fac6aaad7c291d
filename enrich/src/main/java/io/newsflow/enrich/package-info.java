/**
 * The enrich stage: a Kafka Streams application that reads {@code news-raw-v1}, adds entities and
 * labelled claims, and writes {@code news-enriched-v1}, {@code news-claims-v1} and {@code
 * news-entity-mentions-v1}.
 */
package io.newsflow.enrich;
