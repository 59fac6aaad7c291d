/**
 * The error taxonomy shared by every stage: retriable (I/O, timeouts: retry with backoff),
 * permanent (record a status, move on) and bad record (dead-letter it).
 */
package io.newsflow.core.error;
