/**
 * The HTTP server every long-running process serves on {@code http.listen}: {@code /metrics}
 * (Prometheus text format), {@code /health/live} and {@code /health/ready}. It is the JDK's own
 * server ({@code jdk.httpserver}): a handful of read-only routes need no framework.
 */
package io.newsflow.app.http;
