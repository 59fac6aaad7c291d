/** The one JSON mapping all topics use, and Kafka serdes built on it. */
package io.newsflow.core.json;
