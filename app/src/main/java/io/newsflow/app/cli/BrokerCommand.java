package io.newsflow.app.cli;

import io.newsflow.app.runtime.KafkaRuntime;
import io.newsflow.core.config.NewsflowConfig;
import io.newsflow.core.error.ConfigException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code newsflow broker}: the in-process broker of a data directory alone, in a process of its
 * own, for stages run as separate processes on one machine (each given the same {@code
 * --data-dir}, or {@code --bootstrap-servers} with its address).
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
    description = {"Runs the in-process Kafka broker of --data-dir alone (listening on "
        + "kafka.embedded.listen, address recorded in DATA_DIR/broker.address) until stopped.",
        "Stages started on the same --data-dir connect to it. For a real deployment, run a "
            + "Kafka cluster."})
public final class BrokerCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    NewsflowConfig config = options.load();
    if (!config.embeddedBroker()) {
      throw new ConfigException("newsflow broker runs the in-process broker: it takes no "
          + "--bootstrap-servers (kafka.bootstrap-servers)");
    }
    try (KafkaRuntime kafka = KafkaRuntime.start(config)) {
      if (!kafka.embedded()) {
        throw new ConfigException("the broker of " + config.dataDir() + " already runs at "
            + kafka.config().kafka().bootstrapServers());
      }
      System.out.println("Kafka broker: " + kafka.config().kafka().bootstrapServers());
      StageRunner.awaitShutdown(null);
    }
    return 0;
  }
}
