package io.newsflow.sink.jsonl;

import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.error.ConfigException;
import io.newsflow.core.error.RetriableException;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.sink.ArticleSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each article as one line of JSON (the same JSON as the {@code news-enriched-v1} value)
 * to a file per UTC hour of the write, rotated earlier when it reaches {@code maxFileBytes}. The
 * file is named {@code .jsonl.open} while written, fsynced before {@link #write} returns,
 * atomically renamed to {@code .jsonl} when closed, then gzip-compressed to {@code .jsonl.gz}
 * through a temporary file. Readers read closed files only. One instance owns a directory: a
 * lock file refuses a second one.
 */
public final class JsonlSink implements ArticleSink {
  private static final Logger LOG = LoggerFactory.getLogger(JsonlSink.class);
  static final String LOCK_FILE = ".newsflow-sink.lock";

  private final Path dir;
  private final long maxFileBytes;
  private final boolean gzip;
  private final Clock clock;
  private final JsonSerde<EnrichedArticle> serde = new JsonSerde<>(EnrichedArticle.class);
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Buffer buffer = new Buffer();
  private JsonlFile current;
  private final Compressions compressions;

  /**
   * Takes the directory (creating it), then repairs what a crash may have left there.
   *
   * @throws ConfigException when the directory cannot be used or another sink holds it
   */
  public JsonlSink(Path dir, long maxFileBytes, boolean gzip, Clock clock) {
    if (maxFileBytes < 1) {
      throw new ConfigException("sink.jsonl.max-file-bytes must be positive");
    }
    this.dir = dir.toAbsolutePath().normalize();
    this.maxFileBytes = maxFileBytes;
    this.gzip = gzip;
    this.clock = clock;
    this.compressions = new Compressions(this.dir);
    try {
      Files.createDirectories(this.dir);
      this.lockChannel =
          FileChannel.open(
              this.dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new ConfigException("cannot use " + this.dir + " for JSON Lines files: " + e, e);
    }
    try {
      this.lock = tryLock(lockChannel, this.dir);
    } catch (ConfigException e) {
      closeQuietly(lockChannel);
      throw e;
    }
    try {
      JsonlRecovery.recover(this.dir, gzip, compressions);
    } catch (IOException e) {
      release();
      throw new UncheckedIOException("cannot repair the JSON Lines files in " + this.dir, e);
    }
    LOG.info("Writing JSON Lines files to {} (max {} bytes per file, gzip {})",
        this.dir, maxFileBytes, gzip);
  }

  @Override
  public String name() {
    return "jsonl";
  }

  public Path dir() {
    return dir;
  }

  @Override
  public synchronized void write(List<EnrichedArticle> batch) {
    if (batch.isEmpty()) {
      return;
    }
    LocalDateTime hour = JsonlFileName.hourOf(clock.instant());
    try {
      if (current != null && !current.name().hour().equals(hour)) {
        closeCurrent();
      }
      buffer.reset();
      for (EnrichedArticle article : batch) {
        byte[] line = serde.serialize(article);
        long lineSize = line.length + 1L;
        long inFile = current == null ? 0 : current.size() + buffer.size();
        if (inFile > 0 && inFile + lineSize > maxFileBytes) {
          appendBuffer();
          closeCurrent();
        }
        if (current == null) {
          current = JsonlFile.create(dir, nextName(hour));
        }
        buffer.writeBytes(line);
        buffer.write('\n');
      }
      appendBuffer();
      current.sync();
      compressions.retry();
    } catch (IOException e) {
      rollBack();
      throw new RetriableException("cannot write JSON Lines to " + dir + ": " + e.getMessage(), e);
    } finally {
      buffer.release();
    }
  }

  /** Closes the file of an hour that has ended, so readers need not wait for the next record. */
  @Override
  public synchronized void idle() {
    compressions.retry();
    if (current == null || current.name().hour().equals(JsonlFileName.hourOf(clock.instant()))) {
      return;
    }
    try {
      closeCurrent();
    } catch (IOException e) {
      LOG.warn("Cannot close {} yet: {}", current.name().open(), e.toString());
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (current != null) {
        closeCurrent();
      }
    } catch (IOException e) {
      // Left as .open: the next start repairs and closes it.
      LOG.warn("Cannot close {}: {}", dir, e.toString());
      if (current != null) {
        current.abandon();
        current = null;
      }
    } finally {
      release();
    }
  }

  /** Stops as a crash would, leaving the open file as it is; for crash tests. */
  synchronized void halt() {
    if (current != null) {
      current.abandon();
      current = null;
    }
    release();
  }

  private void appendBuffer() throws IOException {
    if (buffer.size() > 0) {
      current.append(buffer.bytes(), buffer.size());
      buffer.reset();
    }
  }

  private void closeCurrent() throws IOException {
    JsonlFile closing = current;
    Path closed = closing.close();
    current = null;
    if (gzip) {
      compressions.compress(closing.name());
    }
    LOG.debug("Closed {}", closed.getFileName());
  }

  /** The next free sequence number of {@code hour}, counting files in any state. */
  private JsonlFileName nextName(LocalDateTime hour) throws IOException {
    int last = 0;
    for (JsonlFileName.Parsed f : JsonlRecovery.list(dir)) {
      if (f.name().hour().equals(hour)) {
        last = Math.max(last, f.name().seq());
      }
    }
    return new JsonlFileName(hour, last + 1);
  }

  /** After a failed append: cut the file back to its last durable size, or let go of it. */
  private void rollBack() {
    if (current == null) {
      return;
    }
    try {
      current.rollBack();
    } catch (IOException e) {
      // The next start cuts its partial last line off; new lines go to a new file meanwhile.
      LOG.warn("Cannot roll {} back after a failed write: {}", current.name().open(), e.toString());
      current.abandon();
      current = null;
    }
  }

  private static FileLock tryLock(FileChannel channel, Path dir) {
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new ConfigException("another sink instance is writing JSON Lines to " + dir);
      }
      return lock;
    } catch (OverlappingFileLockException e) {
      throw new ConfigException("another sink in this process is writing JSON Lines to " + dir, e);
    } catch (IOException e) {
      throw new ConfigException("cannot lock " + dir + ": " + e, e);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Nothing was written through it.
    }
  }

  private void release() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      lockChannel.close();
    } catch (IOException e) {
      LOG.debug("Cannot release the lock on {}: {}", dir, e.toString());
    }
  }

  /** A reusable byte buffer that does not keep a huge array after a huge batch. */
  private static final class Buffer extends ByteArrayOutputStream {
    private static final int KEEP = 4 << 20;

    Buffer() {
      super(1 << 16);
    }

    byte[] bytes() {
      return buf;
    }

    void release() {
      reset();
      if (buf.length > KEEP) {
        buf = new byte[1 << 16];
      }
    }
  }
}
