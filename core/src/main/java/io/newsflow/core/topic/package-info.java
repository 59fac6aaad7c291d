/**
 * The public topics, each with its name, key and value serdes and settings, and their creation at
 * start-up. Topic names and record schemas are a versioned public API: see {@code docs/topics.md}.
 */
package io.newsflow.core.topic;
