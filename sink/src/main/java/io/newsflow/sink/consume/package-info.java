/**
 * The consumer loop of the sink: polls {@code news-enriched-v1}, dead-letters what cannot be read,
 * writes batches to every destination and commits offsets only once every destination has the
 * batch durably; pauses and backs off while a destination is down.
 */
package io.newsflow.sink.consume;
