/**
 * Records that a stage could not process, kept on {@code news-dlq-v1} (whole, or their first MiB)
 * with where they failed ({@link io.newsflow.core.deadletter.Stage}) and why ({@link
 * io.newsflow.core.error.Reason}).
 */
package io.newsflow.core.deadletter;
