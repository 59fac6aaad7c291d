package io.newsflow.core.json;

/**
 * Strict UTF-8 validation of a whole value without decoding it: the well-formed byte sequences of
 * the Unicode Standard (Table 3-7), so no overlong forms, no surrogates, nothing above U+10FFFF.
 * Jackson checks less than this while it parses (it takes an overlong or a surrogate), and
 * decoding to check would copy every value once more.
 */
public final class Utf8 {
  private Utf8() {}

  /** True when every byte of {@code bytes} belongs to a well-formed UTF-8 sequence. */
  public static boolean isValid(byte[] bytes) {
    return firstMalformed(bytes) < 0;
  }

  /** The offset of the first byte that starts or continues a malformed sequence, or -1. */
  public static int firstMalformed(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        if (b == 0xE0) {
          low = 0xA0; // below: an overlong form
        } else if (b == 0xED) {
          high = 0x9F; // above: a surrogate
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        if (b == 0xF0) {
          low = 0x90; // below: an overlong form
        } else if (b == 0xF4) {
          high = 0x8F; // above: beyond U+10FFFF
        }
      } else {
        return i; // a continuation byte without a lead, C0, C1 or F5..FF
      }
      if (i + length > n) {
        return i; // cut short by the end of the value
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < low || second > high) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }
}
