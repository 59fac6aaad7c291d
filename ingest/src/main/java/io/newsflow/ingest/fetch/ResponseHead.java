package io.newsflow.ingest.fetch;

import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** The status line and headers of a response, before its body is read. */
record ResponseHead(int status, HttpHeaders headers) {

  Optional<String> header(String name) {
    return headers.firstValue(name).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** The Content-Type without parameters, in lower case, or null when there is none. */
  String mediaType() {
    return header("Content-Type")
        .map(v -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
        .filter(v -> !v.isEmpty())
        .orElse(null);
  }

  /**
   * The charset named by the Content-Type header in Java's canonical spelling, or null when none is
   * named or the JVM does not know it (the parser then looks at the BOM and the meta tags).
   */
  String charset() {
    Optional<String> contentType = header("Content-Type");
    if (contentType.isEmpty()) {
      return null;
    }
    for (String param : contentType.get().split(";")) {
      String[] pair = param.split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        String name = pair[1].strip().replace("\"", "").replace("'", "").strip();
        try {
          return Charset.isSupported(name) ? Charset.forName(name).name() : null;
        } catch (IllegalCharsetNameException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** The declared Content-Length, when there is a valid one. */
  OptionalLong contentLength() {
    Optional<String> value = header("Content-Length");
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      long length = Long.parseLong(value.get());
      return length < 0 ? OptionalLong.empty() : OptionalLong.of(length);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
