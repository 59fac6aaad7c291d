package io.newsflow.sink.jsonl;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses a closed file: gzip into a {@code .part} file, fsync, atomic rename to the final
 * name, and only then delete the original, so a crash at any step leaves a whole file behind.
 */
final class GzipCompressor {
  private static final int BUFFER = 1 << 16;

  private GzipCompressor() {}

  /** Compresses {@code source} to {@code target} via {@code part}, then deletes {@code source}. */
  static void compress(Path source, Path part, Path target) throws IOException {
    try (FileChannel channel =
            FileChannel.open(
                part,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        InputStream in = Files.newInputStream(source)) {
      OutputStream raw = Channels.newOutputStream(channel);
      GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(raw, BUFFER), BUFFER);
      in.transferTo(gzip);
      gzip.finish();
      gzip.flush();
      channel.force(true);
    }
    Durable.rename(part, target);
    Durable.delete(source);
  }
}
