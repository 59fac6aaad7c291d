package io.newsflow.ingest.crawl;

import java.util.Locale;

/**
 * Whether a body served as HTML is in fact binary (an image, an archive, a PDF behind a wrong
 * Content-Type): text in any 8-bit or multi-byte encoding but UTF-16/32 holds no NUL byte and few
 * control characters. Such a body is refused as {@code not-html} rather than parsed into noise.
 */
public final class BinaryContent {
  private static final int SAMPLE = 4096;

  private BinaryContent() {}

  public static boolean looksBinary(byte[] body, String charset) {
    if (body.length == 0 || wideCharset(charset) || wideBom(body)) {
      return false;
    }
    int n = Math.min(body.length, SAMPLE);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = body[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      // Tab, line feed, form feed, carriage return and ESC (ISO-2022) occur in text.
      if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D && b != 0x1B) {
        control++;
      }
    }
    return control * 10 > n;
  }

  private static boolean wideCharset(String charset) {
    if (charset == null) {
      return false;
    }
    String name = charset.toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
  }

  private static boolean wideBom(byte[] body) {
    return body.length >= 2
        && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
            || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE));
  }
}
