package io.newsflow.core.testing;

/** The broker a test talks to, whichever backend runs it. */
public interface KafkaBroker {
  String bootstrapServers();
}
