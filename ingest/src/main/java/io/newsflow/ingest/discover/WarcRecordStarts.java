package io.newsflow.ingest.discover;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Where the next WARC record may start in a file, so that reading goes on past a corrupt one: the
 * next gzip member header in a gzip-compressed WARC (each record is a member of its own), the next
 * {@code WARC/1.} version line in an uncompressed one. A candidate is only a place to try; the
 * reader still has to parse a record there.
 */
final class WarcRecordStarts {
  private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_VERSION = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final int CHUNK = 64 * 1024;

  private WarcRecordStarts() {}

  /** Whether records of {@code compression} can be found by {@link #next}. */
  static boolean supports(WarcCompression compression) {
    return compression == WarcCompression.GZIP || compression == WarcCompression.NONE;
  }

  /** The offset of the first candidate record start at or after {@code from}, if any. */
  static OptionalLong next(Path file, long from, WarcCompression compression) throws IOException {
    byte[] marker = compression == WarcCompression.GZIP ? GZIP_MEMBER : WARC_VERSION;
    byte[] window = new byte[CHUNK];
    int filled = 0;
    long base = from; // the file offset of window[0]
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      channel.position(from);
      while (channel.read(ByteBuffer.wrap(window, filled, window.length - filled)) > 0) {
        filled = (int) (channel.position() - base);
        for (int i = 0; i + marker.length <= filled; i++) {
          if (matches(window, i, marker)) {
            return OptionalLong.of(base + i);
          }
        }
        // Keep the bytes that could begin a marker cut off by the window's end.
        int keep = Math.min(filled, marker.length - 1);
        System.arraycopy(window, filled - keep, window, 0, keep);
        base += filled - keep;
        filled = keep;
      }
      return OptionalLong.empty();
    }
  }

  private static boolean matches(byte[] bytes, int at, byte[] marker) {
    for (int k = 0; k < marker.length; k++) {
      if (bytes[at + k] != marker[k]) {
        return false;
      }
    }
    return true;
  }
}
