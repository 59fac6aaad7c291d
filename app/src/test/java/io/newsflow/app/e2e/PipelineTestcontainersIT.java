package io.newsflow.app.e2e;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same pipeline scenario against Testcontainers' Kafka (the official apache/kafka image).
 * Skipped, and reported as skipped, where no Docker engine answers.
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineTestcontainersIT extends PipelineScenario {
  @Container
  static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

  @Override
  String bootstrapServers() {
    return KAFKA.getBootstrapServers();
  }
}
