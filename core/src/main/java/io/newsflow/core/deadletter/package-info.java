/** Records that a stage could not process, kept whole on {@code news-dlq-v1} with the reason. */
package io.newsflow.core.deadletter;
