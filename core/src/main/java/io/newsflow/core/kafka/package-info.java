/**
 * Kafka client settings every stage shares (idempotent producers, read-committed consumers) and
 * the in-process KRaft broker of the embedded mode and the tests.
 */
package io.newsflow.core.kafka;
