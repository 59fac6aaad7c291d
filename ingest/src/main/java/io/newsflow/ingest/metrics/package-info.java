/**
 * What ingest counts, in the {@link io.micrometer.core.instrument.MeterRegistry} the launcher
 * gives it: {@link io.newsflow.ingest.metrics.IngestMetrics} names every ingest meter and its
 * tags in one place, and {@link io.newsflow.ingest.metrics.KafkaClientMeters} binds the Kafka
 * client metrics of ingest's own producer and consumers.
 */
package io.newsflow.ingest.metrics;
