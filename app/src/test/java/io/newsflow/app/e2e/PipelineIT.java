package io.newsflow.app.e2e;

import io.newsflow.core.testing.KafkaBroker;
import io.newsflow.core.testing.SharedKafkaBroker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pipeline scenario against the in-process KRaft broker shared by this test JVM. */
@ExtendWith(SharedKafkaBroker.class)
class PipelineIT extends PipelineScenario {
  private KafkaBroker broker;

  @BeforeEach
  void broker(KafkaBroker broker) {
    this.broker = broker;
  }

  @Override
  String bootstrapServers() {
    return broker.bootstrapServers();
  }
}
