/**
 * Wiring of the stages into one process: the Kafka connection (the in-process broker by default),
 * topic creation, progress reporting, and knowing when everything published has reached the sink.
 */
package io.newsflow.app.runtime;
