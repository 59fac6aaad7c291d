package io.newsflow.core.kafka;

import io.newsflow.core.config.EmbeddedBrokerConfig;
import io.newsflow.core.config.HostPort;
import io.newsflow.core.error.ConfigException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
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
  /** Brokers running in this JVM by log directory: Kafka's file lock cannot be probed in-JVM. */
  private static final Map<Path, String> RUNNING = new ConcurrentHashMap<>();

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
    return start(dataDir, new HostPort("127.0.0.1", 0));
  }

  /**
   * Formats {@code dataDir} on first use, then starts the broker listening on {@code listen}
   * (port 0: a free port); the controller takes a free loopback port.
   *
   * @throws ConfigException naming {@value EmbeddedBrokerConfig#KEY} when the address is taken
   */
  public static EmbeddedKafkaBroker start(Path dataDir, HostPort listen) {
    long started = System.nanoTime();
    try {
      Path logDir = dataDir.toAbsolutePath();
      Files.createDirectories(logDir);
      int brokerPort = listen.port() == 0 ? freePort() : checkFree(listen);
      int controllerPort = freePort();
      String advertised = advertisedHost(listen);
      Properties props = properties(logDir, listen.host(), advertised, brokerPort, controllerPort);
      formatIfNeeded(logDir, props);
      KafkaRaftServer server =
          new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
      try {
        server.startup();
      } catch (RuntimeException e) {
        shutDownQuietly(server);
        throw e;
      }
      String bootstrap = new HostPort(advertised, brokerPort).toString();
      LOG.info(
          "In-process Kafka broker up at {} with data in {} ({} ms)",
          bootstrap,
          logDir,
          (System.nanoTime() - started) / 1_000_000);
      RUNNING.put(logDir, bootstrap);
      return new EmbeddedKafkaBroker(logDir, server, bootstrap);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the in-process Kafka broker", e);
    }
  }

  /** The address of the broker this JVM runs on {@code logDir}, if it runs one. */
  static Optional<String> runningInThisJvm(Path logDir) {
    return Optional.ofNullable(RUNNING.get(logDir.toAbsolutePath()));
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
    RUNNING.remove(logDir, bootstrapServers);
    LOG.info("In-process Kafka broker stopped");
  }

  private static Properties properties(
      Path logDir, String host, String advertisedHost, int brokerPort, int controllerPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("listeners",
        "PLAINTEXT://" + new HostPort(host, brokerPort) + ",CONTROLLER://127.0.0.1:"
            + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://" + new HostPort(advertisedHost, brokerPort));
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
    // After a kill -9 the restarted controller keeps the dead broker's registration until its
    // session times out (9 s by default) and refuses the new one meanwhile: with broker and
    // controller in one process there is no network between them to be patient with.
    p.put("broker.heartbeat.interval.ms", "500");
    p.put("broker.session.timeout.ms", "2500");
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

  /** The port of {@code listen} when nothing listens there yet. */
  private static int checkFree(HostPort listen) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(listen.host(), listen.port()));
      return listen.port();
    } catch (IOException e) {
      throw new ConfigException("cannot start the in-process Kafka broker on " + listen + " ("
          + e.getMessage() + "): another program holds that address. Set "
          + EmbeddedBrokerConfig.KEY + " to a free one (e.g. --set " + EmbeddedBrokerConfig.KEY
          + "=127.0.0.1:9093), or --bootstrap-servers to use a running cluster");
    }
  }

  /** Clients must be told a name they can reach, never the wildcard address. */
  private static String advertisedHost(HostPort listen) {
    if (!listen.wildcard()) {
      return listen.host();
    }
    try {
      return InetAddress.getLocalHost().getCanonicalHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  private static void shutDownQuietly(KafkaRaftServer server) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException ignored) {
      // the start failure is what the caller reports
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
