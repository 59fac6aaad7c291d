package io.newsflow.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes the Content-Encoding of a body (gzip, x-gzip, deflate in both its zlib-wrapped and raw
 * forms, identity, and lists of these), writing at most a limit of decoded bytes: a small gzip bomb
 * stops at the limit like a large plain body.
 */
final class ContentDecoder {

  /** The decoded body; {@code oversize} when it went past the limit and was cut there. */
  record Decoded(byte[] bytes, boolean oversize) {}

  /** A Content-Encoding this decoder does not know (br, zstd, compress ...). */
  static final class UnknownCodingException extends IOException {
    private static final long serialVersionUID = 1L;

    UnknownCodingException(String coding) {
      super("unsupported Content-Encoding " + coding);
    }
  }

  private ContentDecoder() {}

  /**
   * Decodes {@code body}.
   *
   * @param contentEncoding the header's value, or null
   * @param lenient keep what decoded before a truncated stream ended (for robots.txt, read up to a
   *     limit), instead of failing
   * @throws IOException when the body is not in the encoding it claims
   */
  static Decoded decode(byte[] body, String contentEncoding, int max, boolean lenient)
      throws IOException {
    List<String> codings = codings(contentEncoding);
    if (codings.isEmpty()) {
      return body.length > max
          ? new Decoded(Arrays.copyOf(body, max), true)
          : new Decoded(body, false);
    }
    byte[] current = body;
    boolean oversize = false;
    // Codings are listed in the order they were applied: undo them from the last.
    Collections.reverse(codings);
    for (String coding : codings) {
      Decoded step = decodeOne(current, coding, max, lenient);
      current = step.bytes();
      oversize |= step.oversize();
      if (step.oversize()) {
        break;
      }
    }
    return new Decoded(current, oversize);
  }

  private static List<String> codings(String header) {
    List<String> codings = new ArrayList<>();
    if (header == null) {
      return codings;
    }
    for (String part : header.split(",")) {
      String coding = part.strip().toLowerCase(Locale.ROOT);
      if (!coding.isEmpty() && !coding.equals("identity")) {
        codings.add(coding);
      }
    }
    return codings;
  }

  private static Decoded decodeOne(byte[] body, String coding, int max, boolean lenient)
      throws IOException {
    if (body.length == 0) {
      return new Decoded(body, false);
    }
    switch (coding) {
      case "gzip":
      case "x-gzip":
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
          return readCapped(in, max, lenient);
        }
      case "deflate":
        Inflater inflater = new Inflater(!isZlibHeader(body));
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body), inflater)) {
          return readCapped(in, max, lenient);
        } finally {
          inflater.end();
        }
      default:
        throw new UnknownCodingException(coding);
    }
  }

  /** RFC 1950: compression method 8 and a header checksum divisible by 31. */
  private static boolean isZlibHeader(byte[] body) {
    if (body.length < 2) {
      return false;
    }
    int cmf = body[0] & 0xFF;
    int flg = body[1] & 0xFF;
    return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
  }

  private static Decoded readCapped(InputStream in, int max, boolean lenient) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 64 * 1024));
    byte[] chunk = new byte[16 * 1024];
    try {
      int n;
      while ((n = in.read(chunk)) != -1) {
        if (out.size() + n > max) {
          out.write(chunk, 0, max - out.size());
          return new Decoded(out.toByteArray(), true);
        }
        out.write(chunk, 0, n);
      }
    } catch (EOFException e) {
      if (!lenient) {
        throw e;
      }
    }
    return new Decoded(out.toByteArray(), false);
  }
}
