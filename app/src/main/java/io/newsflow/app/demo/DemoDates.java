package io.newsflow.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the demo's machine-readable dates (page metadata, {@code <time datetime>}, JSON-LD, the
 * feed's {@code pubDate}, the sitemap's dates) so that its newest article was published a quarter
 * of an hour before the demo first ran on its data directory: the live page's trending entities
 * (which count articles by publication time over the last hour and day) then have the demo's
 * week to show. The articles' text keeps the dates it was written with ("on Thursday, 12
 * March"), so a content hash, and therefore an article's version, never depends on the shift.
 */
final class DemoDates {
  /** A quarter of an hour after the demo's newest article (14 March 2026, 19:05 UTC). */
  static final Instant ANCHOR = Instant.parse("2026-03-14T19:20:00Z");

  private static final Pattern ISO_TIME = Pattern.compile(
      "\\b(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern RFC_1123 = Pattern.compile(
      "\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} "
          + "(?:GMT|[+-]\\d{4})");
  /** A date alone, as a sitemap may write it; never the date part of a date-time. */
  private static final Pattern ISO_DATE =
      Pattern.compile("(?<![\\d-])(\\d{4}-\\d{2}-\\d{2})(?![\\d:T])");
  private static final DateTimeFormatter RSS_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH);
  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  private final Duration shift;

  DemoDates(Duration shift) {
    this.shift = shift;
  }

  /** The shift that puts the newest article a quarter of an hour before {@code firstRun}. */
  static DemoDates firstRunAt(Instant firstRun) {
    return new DemoDates(Duration.between(ANCHOR, firstRun.truncatedTo(
        java.time.temporal.ChronoUnit.MINUTES)));
  }

  Duration shift() {
    return shift;
  }

  /** {@code content} with every date-time and date moved by the shift, in its own format. */
  String apply(String content) {
    if (shift.isZero()) {
      return content;
    }
    String s = replace(ISO_TIME, content, m -> {
      OffsetDateTime t = OffsetDateTime.parse(m.group(1) + m.group(2));
      OffsetDateTime moved = t.plus(shift);
      return m.group(1).length() == 16
          ? moved.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx", Locale.ROOT))
              .replace("+00:00", m.group(2).equals("Z") ? "Z" : "+00:00")
          : format(moved, m.group(2));
    });
    s = replace(RFC_1123, s, m -> {
      ZonedDateTime t = ZonedDateTime.parse(m.group(), DateTimeFormatter.RFC_1123_DATE_TIME);
      String moved = RSS_DATE.format(t.plus(shift));
      return m.group().endsWith("GMT") ? moved.replace("+0000", "GMT") : moved;
    });
    return replace(ISO_DATE, s, m ->
        LocalDate.parse(m.group(1)).atStartOfDay().toInstant(ZoneOffset.UTC).plus(shift)
            .atOffset(ZoneOffset.UTC).toLocalDate().toString());
  }

  private static String format(OffsetDateTime moved, String zone) {
    String text = moved.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).format(ISO_SECONDS);
    return zone.equals("Z") ? text.replace("+00:00", "Z") : text;
  }

  private static String replace(Pattern pattern, String content,
      java.util.function.Function<Matcher, String> moved) {
    Matcher m = pattern.matcher(content);
    StringBuilder out = new StringBuilder(content.length());
    while (m.find()) {
      String replacement;
      try {
        replacement = moved.apply(m);
      } catch (DateTimeParseException e) {
        replacement = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
