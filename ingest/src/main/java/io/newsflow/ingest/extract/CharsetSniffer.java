package io.newsflow.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Picks and applies the charset of an HTML byte stream; see {@link HtmlPages}. */
final class CharsetSniffer {
  /** How far a meta charset declaration is looked for (the spec says 1024; real pages put it later). */
  private static final int META_SCAN_BYTES = 8192;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-zA-Z0-9_.\\-]+)", Pattern.CASE_INSENSITIVE);

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CharsetSniffer() {}

  static Charset choose(byte[] bytes, String headerCharset) {
    Charset bom = fromBom(bytes);
    if (bom != null) {
      // A byte-order mark is unambiguous and beats a (often defaulted) header.
      return bom;
    }
    Charset declared = forName(headerCharset);
    if (declared != null && declared.name().startsWith("UTF-16") && !hasZeroBytes(bytes)) {
      // UTF-16 text of markup is full of zero bytes; without any, the label is wrong.
      declared = null;
    }
    Charset meta = null;
    if (declared == null) {
      meta = fromMeta(bytes);
      declared = meta;
    }
    if (declared == null) {
      return StandardCharsets.UTF_8;
    }
    if (declared.equals(StandardCharsets.UTF_8)) {
      // Validated while decoding (see decode): a page that is not valid UTF-8 falls back then.
      return declared;
    }
    if (isSingleByteWestern(declared) && hasMultiByteUtf8(bytes)) {
      // Servers often default the header to Latin-1 for pages that are really UTF-8.
      Charset inPage = meta == null ? fromMeta(bytes) : meta;
      if (StandardCharsets.UTF_8.equals(inPage)) {
        return StandardCharsets.UTF_8;
      }
    }
    return declared;
  }

  /**
   * Decodes {@code bytes}; a page labelled UTF-8 whose bytes are not valid UTF-8 is decoded with
   * the other charset its meta tag names, else windows-1252.
   */
  static String decode(byte[] bytes, Charset charset) {
    Charset bom = fromBom(bytes);
    int skip = 0;
    if (bom != null && bom.equals(charset)) {
      skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }
    if (charset.equals(StandardCharsets.UTF_8)) {
      String strict = decodeStrictUtf8(bytes, skip);
      if (strict != null) {
        return strict;
      }
      charset = fallbackFor(bytes, fromMeta(bytes));
    }
    return new String(bytes, skip, bytes.length - skip, charset);
  }

  /** The text of valid UTF-8 (a multi-byte character cut off at the end is dropped), else null. */
  private static String decodeStrictUtf8(byte[] bytes, int skip) {
    // The JDK's String decoding is much faster than a CharsetDecoder; it marks malformed input
    // with U+FFFD, and only then is the strict (slower) check needed.
    String fast = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
    if (fast.indexOf('\ufffd') < 0) {
      return fast;
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    } catch (CharacterCodingException e) {
      if (!isValidUtf8Truncated(bytes)) {
        return null;
      }
      return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
    }
  }

  private static Charset fallbackFor(byte[] bytes, Charset meta) {
    if (meta != null && !meta.equals(StandardCharsets.UTF_8)) {
      return meta;
    }
    return WINDOWS_1252;
  }

  static Charset fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  static Charset fromMeta(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    while (m.find()) {
      Charset c = forName(m.group(1));
      if (c != null) {
        // A page decoded as ASCII-compatible bytes cannot really be UTF-16 (the spec's rule).
        return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
      }
    }
    Matcher x = XML_ENCODING.matcher(head);
    return x.find() ? forName(x.group(1)) : null;
  }

  /** The charset for a label, with the WHATWG aliases browsers apply; null when unknown. */
  static Charset forName(String label) {
    if (label == null) {
      return null;
    }
    String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      return null;
    }
    switch (name) {
      case "iso-8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso8859-1", "cp1252", "windows-1252":
        return WINDOWS_1252;
      case "utf8", "utf-8", "unicode-1-1-utf-8":
        return StandardCharsets.UTF_8;
      case "gb2312", "gbk", "x-gbk":
        name = "gb18030";
        break;
      case "shift-jis", "sjis", "x-sjis":
        name = "shift_jis";
        break;
      case "iso-8859-9", "latin5":
        name = "windows-1254";
        break;
      case "tis-620", "iso-8859-11":
        name = "x-windows-874";
        break;
      default:
        break;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isSingleByteWestern(Charset c) {
    return c.equals(WINDOWS_1252) || c.equals(StandardCharsets.ISO_8859_1);
  }

  private static boolean isValidUtf8Truncated(byte[] bytes) {
    int end = bytes.length;
    int back = 0;
    while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
      back++;
    }
    int lead = end - back - 1;
    if (lead < 0 || (bytes[lead] & 0xC0) != 0xC0) {
      return false;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, lead));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasZeroBytes(byte[] bytes) {
    for (int i = 0, n = Math.min(bytes.length, META_SCAN_BYTES); i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMultiByteUtf8(byte[] bytes) {
    for (int i = 0; i + 1 < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0xC2 && b <= 0xF4 && (bytes[i + 1] & 0xC0) == 0x80) {
        return true;
      }
    }
    return false;
  }
}
