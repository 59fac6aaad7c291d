package io.newsflow.sink.jsonl;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of one JSON Lines file: {@code articles-2024-05-01-14-0002.jsonl}, the UTC hour of the
 * writes it holds and a sequence number within that hour (files are rotated by size too), so
 * names sort in time order. The suffix tells the state: {@code .jsonl.open} while written,
 * {@code .jsonl} once closed, {@code .jsonl.gz} once compressed, {@code .jsonl.gz.part} while
 * being compressed.
 */
record JsonlFileName(LocalDateTime hour, int seq) {
  static final String OPEN = ".jsonl.open";
  static final String CLOSED = ".jsonl";
  static final String GZIP = ".jsonl.gz";
  static final String GZIP_PART = ".jsonl.gz.part";

  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("uuuu-MM-dd-HH", Locale.ROOT);
  private static final Pattern NAME =
      Pattern.compile("articles-(\\d{4}-\\d{2}-\\d{2}-\\d{2})-(\\d{4,9})(\\.jsonl(?:\\.open|\\.gz|\\.gz\\.part)?)");

  static LocalDateTime hourOf(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
  }

  String base() {
    return String.format(Locale.ROOT, "articles-%s-%04d", HOUR.format(hour), seq);
  }

  String open() {
    return base() + OPEN;
  }

  String closed() {
    return base() + CLOSED;
  }

  String gzip() {
    return base() + GZIP;
  }

  String gzipPart() {
    return base() + GZIP_PART;
  }

  /** A file name of ours with its suffix, or empty for anything else in the directory. */
  static Optional<Parsed> parse(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    LocalDateTime hour = LocalDateTime.parse(m.group(1), HOUR);
    return Optional.of(new Parsed(new JsonlFileName(hour, Integer.parseInt(m.group(2))), m.group(3)));
  }

  /** A parsed file name and its state suffix. */
  record Parsed(JsonlFileName name, String suffix) {}
}
