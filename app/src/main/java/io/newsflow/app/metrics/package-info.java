/**
 * The process's meters: a Prometheus registry with the JVM's own meters, and the consumer lag of
 * each stage's group measured through the admin API.
 */
package io.newsflow.app.metrics;
