package io.newsflow.core.kafka;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft broker (broker and controller in one) running inside this JVM, built from
 * Kafka's own classes, as Kafka's scripts start it. Its log directory survives restarts, so topics
 * and committed offsets do too. These are broker internals: the Kafka version is pinned in the
 * build and this class is the only one that touches them.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

  private final Path logDir;
  private final KafkaRaftServer server;
  private final String bootstrapServers;

  private EmbeddedKafkaBroker(Path logDir, KafkaRaftServer server, String bootstrapServers) {
    this.logDir = logDir;
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /** Formats {@code dataDir} on first use, then starts the broker on free loopback ports. */
  public static EmbeddedKafkaBroker start(Path dataDir) {
    long started = System.nanoTime();
    try {
      Path logDir = dataDir.toAbsolutePath();
      Files.createDirectories(logDir);
      int brokerPort = freePort();
      int controllerPort = freePort();
      Properties props = properties(logDir, brokerPort, controllerPort);
      formatIfNeeded(logDir, props);
      KafkaRaftServer server =
          new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
      server.startup();
      String bootstrap = "127.0.0.1:" + brokerPort;
      LOG.info(
          "In-process Kafka broker up at {} with data in {} ({} ms)",
          bootstrap,
          logDir,
          (System.nanoTime() - started) / 1_000_000);
      return new EmbeddedKafkaBroker(logDir, server, bootstrap);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the in-process Kafka broker", e);
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public Path logDir() {
    return logDir;
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
    LOG.info("In-process Kafka broker stopped");
  }

  private static Properties properties(Path logDir, int brokerPort, int controllerPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("listeners",
        "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    p.put("num.partitions", "1");
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "5");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "5");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "false");
    // The cleaner's dedupe buffer is allocated on the heap at start: 128 MiB by default.
    p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
    p.put("message.max.bytes", String.valueOf(16 * 1024 * 1024));
    p.put("replica.fetch.max.bytes", String.valueOf(16 * 1024 * 1024));
    p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
    return p;
  }

  /** Formats the log directory unless it already holds a formatted broker. */
  private static void formatIfNeeded(Path logDir, Properties props) throws IOException {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    Path configFile = Files.createTempFile("newsflow-kraft", ".properties");
    try {
      try (var out = Files.newOutputStream(configFile)) {
        props.store(out, "newsflow in-process broker");
      }
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      int exit;
      try (PrintStream ps = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
        exit =
            StorageTool.execute(
                new String[] {
                  "format",
                  "--cluster-id", Uuid.randomUuid().toString(),
                  "--config", configFile.toString(),
                  "--ignore-formatted"
                },
                ps);
      } catch (Exception e) {
        throw new IOException(
            "cannot format " + logDir + ": " + e.getMessage() + " " + captured, e);
      }
      if (exit != 0) {
        throw new IOException("cannot format " + logDir + ": " + captured);
      }
      LOG.debug("Formatted {}: {}", logDir, captured.toString(StandardCharsets.UTF_8).strip());
    } finally {
      Files.deleteIfExists(configFile);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
