package io.newsflow.sink.jsonl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compresses closed files, and keeps those it cannot compress yet (a full disk, say) to try again
 * later. Compression only saves space: a closed {@code .jsonl} file is whole and readable, so a
 * failure here must never hold up writing, and the sink must not write its lines again.
 */
final class Compressions {
  private static final Logger LOG = LoggerFactory.getLogger(Compressions.class);

  private final Path dir;
  private final Set<JsonlFileName> pending = new LinkedHashSet<>();

  Compressions(Path dir) {
    this.dir = dir;
  }

  /** Compresses the closed file of {@code name} now, or later when it cannot now. */
  void compress(JsonlFileName name) {
    if (!tryCompress(name)) {
      pending.add(name);
    }
  }

  /** Tries the files that could not be compressed before, oldest first. */
  void retry() {
    if (pending.isEmpty()) {
      return;
    }
    pending.removeIf(this::tryCompressQuietly);
  }

  /** How many closed files wait for compression. */
  int pending() {
    return pending.size();
  }

  private boolean tryCompress(JsonlFileName name) {
    try {
      compressOrFinish(name);
      return true;
    } catch (IOException e) {
      LOG.warn("Cannot compress {} now ({}); it stays a whole .jsonl file and is compressed "
          + "later", name.closed(), e.getMessage());
      deletePart(name);
      return false;
    }
  }

  private boolean tryCompressQuietly(JsonlFileName name) {
    try {
      compressOrFinish(name);
      LOG.info("Compressed {} after an earlier failure", name.closed());
      return true;
    } catch (IOException e) {
      deletePart(name);
      return false;
    }
  }

  private void compressOrFinish(JsonlFileName name) throws IOException {
    Path closed = dir.resolve(name.closed());
    Path gz = dir.resolve(name.gzip());
    if (Files.exists(gz)) {
      // A crash came after the compressed file was complete and renamed into place.
      Durable.delete(closed);
    } else if (Files.exists(closed)) {
      GzipCompressor.compress(closed, dir.resolve(name.gzipPart()), gz);
    }
  }

  /** A half-written .gz.part takes the space the next attempt needs. */
  private void deletePart(JsonlFileName name) {
    try {
      Files.deleteIfExists(dir.resolve(name.gzipPart()));
    } catch (IOException e) {
      LOG.debug("Cannot delete {}: {}", name.gzipPart(), e.toString());
    }
  }
}
