package io.newsflow.app.health;

import io.newsflow.core.kafka.KafkaClients;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Whether the Kafka cluster answers: a metadata request with a short timeout. */
public final class BrokerCheck implements HealthCheck, AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final Admin admin;
  private final String bootstrapServers;

  public BrokerCheck(KafkaClients clients) {
    Map<String, Object> props = clients.common();
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-health");
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    // Keep retrying a lost broker quietly, at most every 5 s.
    props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 5_000);
    this.admin = Admin.create(props);
    this.bootstrapServers = clients.config().bootstrapServers();
  }

  @Override
  public String name() {
    return "broker";
  }

  @Override
  public Optional<String> problem() {
    try {
      int nodes = admin.describeCluster(
              new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
          .nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).size();
      return nodes > 0
          ? Optional.empty()
          : Optional.of("the cluster at " + bootstrapServers + " has no live broker");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    } catch (ExecutionException | TimeoutException e) {
      return Optional.of("broker unreachable at " + bootstrapServers);
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(2));
  }
}
