package io.newsflow.ingest.discover;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an XML document into text, trusting what they are over what they say.
 *
 * <p>The charset is taken from the byte-order mark, else the XML declaration, else the HTTP
 * header, else UTF-8. Two common lies are then caught by looking at the bytes: a document said to
 * be UTF-8 that is not valid UTF-8 (Latin-1 or Windows-1252 bytes, often mixed with real UTF-8) is
 * decoded sequence by sequence, each invalid byte read as Windows-1252; a document said to be
 * Latin-1, Windows-1252 or ASCII whose bytes are valid UTF-8 with non-ASCII sequences is decoded as
 * UTF-8 (Latin-1 text practically never forms valid multi-byte UTF-8).
 */
final class XmlDecoding {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Set<String> SINGLE_BYTE_LATIN =
      Set.of("ISO-8859-1", "windows-1252", "US-ASCII", "ISO-8859-15");
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]{1,40})[\"']");

  private XmlDecoding() {}

  static String decode(byte[] bytes, String httpCharset) {
    int bomLength = 0;
    Charset charset = null;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      bomLength = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      bomLength = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      bomLength = 2;
    } else if (startsWith(bytes, 0x00, 0x3C, 0x00)) {
      charset = StandardCharsets.UTF_16BE;
    } else if (startsWith(bytes, 0x3C, 0x00, 0x3F, 0x00)) {
      charset = StandardCharsets.UTF_16LE;
    }
    if (charset != null) {
      return new String(bytes, bomLength, bytes.length - bomLength, charset);
    }
    charset = firstSupported(declaredEncoding(bytes), httpCharset);
    String name = charset.name();
    if (name.equals("UTF-8")) {
      return isValidUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : mixedUtf8(bytes);
    }
    if (SINGLE_BYTE_LATIN.contains(name)) {
      if (hasNonAscii(bytes) && isValidUtf8(bytes)) {
        return new String(bytes, StandardCharsets.UTF_8);
      }
      // Windows-1252 is what "ISO-8859-1" and "ASCII" mean on the web (HTML5 says so too).
      return new String(bytes, name.equals("ISO-8859-15") ? charset : WINDOWS_1252);
    }
    return new String(bytes, charset);
  }

  /** The encoding the XML declaration names, read as ASCII from the first bytes, or null. */
  static String declaredEncoding(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_ENCODING.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static Charset firstSupported(String... names) {
    for (String name : names) {
      if (name == null || name.isBlank()) {
        continue;
      }
      try {
        String n = name.strip().toLowerCase(Locale.ROOT);
        // A declared "UTF-16" without a BOM or a zero byte is a lie; the bytes are 8-bit.
        if (n.startsWith("utf-16") || n.startsWith("utf-32") || n.equals("ucs-2")) {
          continue;
        }
        return Charset.forName(name.strip());
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // try the next candidate
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** UTF-8 where it is valid, each other byte read as Windows-1252. */
  static String mixedUtf8(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        out.append((char) b);
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i);
      if (length > 0) {
        out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
        i += length;
      } else {
        CharBuffer c = WINDOWS_1252.decode(ByteBuffer.wrap(bytes, i, 1));
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The length of the valid UTF-8 multi-byte sequence at {@code i}, or 0. */
  private static int sequenceLength(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    int length;
    int min;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + length > bytes.length) {
      return 0;
    }
    int cp = b & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      int c = bytes[i + k] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (c & 0x3F);
    }
    boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    return cp < min || cp > 0x10FFFF || surrogate ? 0 : length;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
