package io.newsflow.core.kafka;

import io.newsflow.core.error.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The in-process broker's place in a data directory: its Kafka log directory ({@code kafka/}),
 * the file that records the address it listens on ({@value #ADDRESS_FILE}), and the answer to
 * "does a broker already run here?", so that a second command on the same data directory
 * connects to it instead of failing on Kafka's directory lock.
 *
 * <p>A running broker holds an exclusive lock on {@code kafka/.lock}; a process that died
 * ({@code kill -9}) holds none, whatever its address file still says.
 */
public final class EmbeddedBrokerHome {
  public static final String ADDRESS_FILE = "broker.address";
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

  private final Path dataDir;

  public EmbeddedBrokerHome(Path dataDir) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
  }

  public Path kafkaDir() {
    return dataDir.resolve("kafka");
  }

  public Path addressFile() {
    return dataDir.resolve(ADDRESS_FILE);
  }

  /**
   * The address of the broker running on this directory, started by this JVM or another
   * process; empty when none runs. When another process holds the directory but does not answer
   * yet (it is starting), waits up to {@code wait} for it.
   *
   * @throws ConfigException when another process holds the directory and its broker does not
   *     answer within {@code wait}
   */
  public Optional<String> runningBroker(Duration wait) {
    Optional<String> local = EmbeddedKafkaBroker.runningInThisJvm(kafkaDir());
    if (local.isPresent()) {
      return local;
    }
    long deadline = System.nanoTime() + wait.toNanos();
    String lastProblem = "it has not recorded its address in " + addressFile() + " yet";
    while (lockedByAnotherProcess()) {
      Optional<String> address = recordedAddress();
      if (address.isPresent()) {
        Optional<String> problem = probe(address.get());
        if (problem.isEmpty()) {
          return address;
        }
        lastProblem = problem.get();
      }
      if (System.nanoTime() > deadline) {
        throw new ConfigException("another process runs the in-process broker of " + dataDir
            + " but " + lastProblem + "; stop it, or use another --data-dir");
      }
      sleep(Duration.ofMillis(500));
    }
    return Optional.empty();
  }

  /** Records the address clients reach the broker of this directory at (atomically). */
  public void recordAddress(String bootstrapServers) {
    try {
      Files.createDirectories(dataDir);
      Path temp = Files.createTempFile(dataDir, ADDRESS_FILE, ".tmp");
      Files.writeString(temp, bootstrapServers + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(temp, addressFile(), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, addressFile(), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + addressFile(), e);
    }
  }

  /** Removes the address file if it still names {@code bootstrapServers}. */
  public void clearAddress(String bootstrapServers) {
    if (recordedAddress().filter(bootstrapServers::equals).isPresent()) {
      try {
        Files.deleteIfExists(addressFile());
      } catch (IOException ignored) {
        // a stale file is harmless: the lock, not the file, says whether a broker runs
      }
    }
  }

  /** The address in the address file, if there is one. */
  public Optional<String> recordedAddress() {
    try {
      String text = Files.readString(addressFile(), StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * True when another process holds Kafka's lock on the log directory. The probe takes the lock
   * for an instant when it is free; it is never called for a directory this JVM's broker holds,
   * since closing any descriptor of a locked file would drop this JVM's own POSIX lock.
   */
  boolean lockedByAnotherProcess() {
    Path lock = kafkaDir().resolve(".lock");
    if (!Files.exists(lock)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
      FileLock taken = channel.tryLock();
      if (taken == null) {
        return true;
      }
      taken.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Why the broker at {@code address} is not the one of this directory, or empty if it is. */
  private Optional<String> probe(String address) {
    Optional<String> expected = clusterId();
    Map<String, Object> props = Map.of(
        CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, address,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PROBE_TIMEOUT.toMillis(),
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PROBE_TIMEOUT.toMillis(),
        AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-broker-probe");
    try (Admin admin = Admin.create(props)) {
      String id = admin.describeCluster().clusterId()
          .get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (expected.isPresent() && !expected.get().equals(id)) {
        return Optional.of("the broker at " + address + " is another cluster (" + id + ")");
      }
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("the wait was interrupted");
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      return Optional.of("its broker does not answer at " + address);
    }
  }

  private Optional<String> clusterId() {
    Path meta = kafkaDir().resolve("meta.properties");
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(meta)) {
      props.load(in);
      return Optional.ofNullable(props.getProperty("cluster.id"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConfigException("interrupted while waiting for the running broker");
    }
  }
}
