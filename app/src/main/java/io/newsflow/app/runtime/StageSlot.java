package io.newsflow.app.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stage's numbered place in the data directory, held through a file lock for the life of the
 * process: the first {@code enrich} on a data directory holds {@code instances/enrich-1.lock},
 * a second one at the same time {@code enrich-2.lock}. It names the stage's static group member
 * ({@code group.instance.id}): a process restarted after a crash takes the same place, so the
 * group coordinator hands it its partitions at once instead of waiting for the dead member's
 * session to time out, while two processes running side by side never share an id (the second
 * would fence the first). The operating system drops the lock of a killed process.
 */
public final class StageSlot implements AutoCloseable {
  private static final int MAX_SLOTS = 64;
  /** Slots held in this JVM: probing them again would drop the lock (POSIX locks are per process). */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final int number;
  private final String groupInstanceId;

  private StageSlot(Path file, FileChannel channel, FileLock lock, int number,
      String groupInstanceId) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.number = number;
    this.groupInstanceId = groupInstanceId;
  }

  /** Takes the first free slot of {@code stage} under {@code dataDir}. */
  public static StageSlot claim(Path dataDir, String instanceId, String stage) {
    Path dir = dataDir.resolve("instances");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    for (int n = 1; n <= MAX_SLOTS; n++) {
      Path file = dir.resolve(stage + "-" + n + ".lock").toAbsolutePath();
      if (!HELD.add(file)) {
        continue;
      }
      StageSlot slot = tryLock(file, n, instanceId + "-" + stage + (n == 1 ? "" : "-" + n));
      if (slot != null) {
        return slot;
      }
      HELD.remove(file);
    }
    throw new IllegalStateException(
        "more than " + MAX_SLOTS + " " + stage + " processes on " + dataDir);
  }

  private static StageSlot tryLock(Path file, int number, String id) {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return new StageSlot(file, channel, lock, number, id);
      }
    } catch (OverlappingFileLockException | IOException e) {
      // taken: try the next one
    }
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing was locked through it
      }
    }
    return null;
  }

  /** 1 for the first process of the stage on the data directory, 2 for a second at once ... */
  public int number() {
    return number;
  }

  /** The stage's static membership id: {@code instance-id-stage}, then {@code -2}, {@code -3}. */
  public String groupInstanceId() {
    return groupInstanceId;
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException ignored) {
      // the lock goes with the process anyway
    } finally {
      HELD.remove(file);
    }
  }
}
