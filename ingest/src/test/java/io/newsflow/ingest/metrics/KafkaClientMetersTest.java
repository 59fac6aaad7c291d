package io.newsflow.ingest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaClientMetersTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private static Metric metric(MetricName name, double value) {
    return new Metric() {
      @Override
      public MetricName metricName() {
        return name;
      }

      @Override
      public Object metricValue() {
        return value;
      }
    };
  }

  private static MetricName name(String name, String group, String clientId) {
    return new MetricName(name, group, "", Map.of("client-id", clientId));
  }

  @Test
  void producerAndConsumerMetricsAreBoundWithTheirClientId() {
    MockProducer<String, String> producer =
        new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
    MetricName sent = name("record-send-rate", "producer-metrics", "ingest-1");
    producer.setMockMetrics(sent, metric(sent, 12.5));
    MetricName lag = name("records-lag-max", "consumer-fetch-manager-metrics", "ingest-1-sources");
    MockConsumer<String, String> consumer = new MockConsumer<>("earliest") {
      @Override
      public synchronized Map<MetricName, ? extends Metric> metrics() {
        return Map.of(lag, metric(lag, 3));
      }
    };

    try (KafkaClientMeters meters = new KafkaClientMeters(registry)) {
      meters.bind(producer);
      meters.bind(consumer);

      assertThat(registry.get("kafka.producer.record.send.rate").tag("client.id", "ingest-1")
          .gauge().value()).isEqualTo(12.5);
      assertThat(registry.get("kafka.consumer.fetch.manager.records.lag.max")
          .tag("client.id", "ingest-1-sources").gauge().value()).isEqualTo(3);
      assertThat(meters.clients()).isEqualTo(2);
    }
  }

  @Test
  void closingRemovesTheMeters() {
    MockProducer<String, String> producer =
        new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
    MetricName sent = name("record-send-rate", "producer-metrics", "ingest-1");
    producer.setMockMetrics(sent, metric(sent, 12.5));
    KafkaClientMeters meters = new KafkaClientMeters(registry);
    meters.bind(producer);

    meters.close();

    assertThat(registry.find("kafka.producer.record.send.rate").meters()).isEmpty();
  }

  @Test
  void clientBoundAfterCloseGetsNoMeters() {
    MockProducer<String, String> producer =
        new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
    MetricName sent = name("record-send-rate", "producer-metrics", "ingest-1");
    producer.setMockMetrics(sent, metric(sent, 12.5));
    KafkaClientMeters meters = new KafkaClientMeters(registry);
    meters.close();

    meters.bind(producer);

    assertThat(registry.getMeters()).isEmpty();
    assertThat(meters.clients()).isZero();
  }
}
