package io.newsflow.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date strings pages put in metadata: ISO-8601 with or without a time and an offset
 * (also with a space for the 'T', an offset without a colon, fractions of a second), RFC 1123,
 * {@code yyyy/MM/dd}, and epoch seconds or milliseconds.
 */
final class PageDates {
  private static final Pattern ISO =
      Pattern.compile(
          "^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
              + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
  private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");

  /** A date as a page gave it: the offset is null when the page named none. */
  record PageDate(LocalDateTime local, ZoneOffset offset, boolean hasTime) {
    /**
     * The date with an offset: the page's own, else {@code fallback}. A date without a time is
     * taken as midnight.
     */
    OffsetDateTime at(ZoneOffset fallback) {
      return OffsetDateTime.of(local, offset != null ? offset : fallback);
    }
  }

  private PageDates() {}

  static PageDate parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      Matcher m = ISO.matcher(s);
      if (m.find()) {
        return fromIso(m);
      }
      if (EPOCH.matcher(s).matches()) {
        long v = Long.parseLong(s);
        long seconds = s.length() == 13 ? v / 1000 : v;
        return new PageDate(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC), ZoneOffset.UTC, true);
      }
      Matcher c = COMPACT.matcher(s);
      if (c.find()) {
        return plausible(LocalDate.of(num(c, 1), num(c, 2), num(c, 3)).atStartOfDay(), null, false);
      }
      if (s.length() > 20 && Character.isLetter(s.charAt(0))) {
        OffsetDateTime odt = OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
        return new PageDate(odt.toLocalDateTime(), odt.getOffset(), true);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static PageDate fromIso(Matcher m) {
    LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
    if (m.group(4) == null) {
      return plausible(date.atStartOfDay(), null, false);
    }
    int sec = m.group(6) == null ? 0 : num(m, 6);
    LocalDateTime local = LocalDateTime.of(date, LocalTime.of(num(m, 4), num(m, 5), sec));
    String zone = m.group(7);
    ZoneOffset offset = null;
    if (zone != null) {
      if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
        offset = ZoneOffset.UTC;
      } else {
        String digits = zone.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
      }
    }
    return plausible(local, offset, true);
  }

  /** Years outside 1990..2100 are template placeholders or typos. */
  private static PageDate plausible(LocalDateTime local, ZoneOffset offset, boolean hasTime) {
    int year = local.getYear();
    return year < 1990 || year > 2100 ? null : new PageDate(local, offset, hasTime);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
