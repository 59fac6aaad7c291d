package io.newsflow.sink.jsonl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a directory left by a crash in order at start-up: cuts the partial last line off each
 * {@code .open} file and closes it, finishes or restarts interrupted compressions. Afterwards
 * every file is whole; the lines written but not committed before the crash will come again from
 * Kafka, identical, and readers drop repeats by (id, version).
 */
final class JsonlRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(JsonlRecovery.class);
  private static final int CHUNK = 8192;

  private JsonlRecovery() {}

  /**
   * Cuts partial last lines off the files a crash left open and closes them; with {@code gzip},
   * hands every closed file left uncompressed to {@code compressions}.
   */
  static void recover(Path dir, boolean gzip, Compressions compressions) throws IOException {
    List<JsonlFileName.Parsed> files = list(dir);
    for (JsonlFileName.Parsed f : files) {
      if (f.suffix().equals(JsonlFileName.GZIP_PART)) {
        Durable.delete(dir.resolve(f.name().gzipPart()));
      }
    }
    for (JsonlFileName.Parsed f : files) {
      if (f.suffix().equals(JsonlFileName.OPEN)) {
        Path open = dir.resolve(f.name().open());
        long cut = repairPartialLine(open);
        if (cut > 0) {
          LOG.warn("Cut a partial last line of {} bytes off {} left by a crash", cut, open);
        }
        Durable.rename(open, dir.resolve(f.name().closed()));
        LOG.info("Closed {} left open by a previous run", f.name().closed());
      }
    }
    if (gzip) {
      for (JsonlFileName.Parsed f : list(dir)) {
        if (f.suffix().equals(JsonlFileName.CLOSED)) {
          compressions.compress(f.name());
        }
      }
    }
  }

  /**
   * Truncates {@code file} after its last newline and syncs it.
   *
   * @return how many bytes were cut
   */
  static long repairPartialLine(Path file) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = channel.size();
      long keep = endOfLastLine(channel, size);
      if (keep < size) {
        channel.truncate(keep);
      }
      channel.force(false);
      return size - keep;
    }
  }

  /** The position just after the last {@code '\n'}, or 0 when there is none. */
  private static long endOfLastLine(FileChannel channel, long size) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    long end = size;
    while (end > 0) {
      long start = Math.max(0, end - CHUNK);
      buffer.clear().limit((int) (end - start));
      int read = 0;
      while (buffer.hasRemaining()) {
        int n = channel.read(buffer, start + read);
        if (n < 0) {
          break;
        }
        read += n;
      }
      for (int i = read - 1; i >= 0; i--) {
        if (buffer.get(i) == '\n') {
          return start + i + 1;
        }
      }
      end = start;
    }
    return 0;
  }

  static List<JsonlFileName.Parsed> list(Path dir) throws IOException {
    List<JsonlFileName.Parsed> parsed = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(p -> JsonlFileName.parse(p.getFileName().toString()).ifPresent(parsed::add));
    }
    return parsed;
  }
}
