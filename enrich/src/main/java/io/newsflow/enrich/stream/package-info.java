/**
 * The Kafka Streams application: topology (named processors and stores), dead-letter handlers
 * and the service that runs it with exactly-once processing.
 */
package io.newsflow.enrich.stream;
