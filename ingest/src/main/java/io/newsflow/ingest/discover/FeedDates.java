package io.newsflow.ingest.discover;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lenient parsing of the dates feeds and sitemaps carry: ISO 8601 / W3C (with or without zone,
 * fraction, seconds or time), RFC 822 and its variants (no weekday, wrong weekday, two-digit
 * years, full month names, zone names, no seconds, no zone), US style ("April 3, 2024 10:15 AM
 * EDT") and Java's {@code Date.toString()}. A date without a zone is taken as UTC; a date without a
 * time as midnight. Anything else is null, never an exception.
 */
public final class FeedDates {
  private static final String TIME =
      "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?";

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:(?:t|\\s+|t\\s*)" + TIME + ")?\\s*(.*)");

  /** Day before month: "Wed, 03 Apr 2024 10:15:30 +0200", "3-April-24 10:15". */
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?:[a-z]+\\.?,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\.?[\\s\\-/]*([a-z]{3,})\\.?[\\s\\-/,]+"
              + "(\\d{4}|\\d{2})(?:[\\s,\\-@|t]+(?:at\\s+)?" + TIME + ")?\\s*(.*)");

  /** Month before day: "April 3, 2024 10:15 AM EDT", "Wed Apr 03 10:15:30 UTC 2024". */
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?:[a-z]+\\.?,?\\s+)?([a-z]{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*"
              + "(?:(\\d{4})\\b,?)?(?:[\\s,\\-@|]*(?:at\\s+)?" + TIME + ")?\\s*(.*?)\\s*(\\d{4})?");

  private static final Pattern OFFSET =
      Pattern.compile("(?:gmt|utc|ut)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?");

  private static final List<String> MONTHS =
      List.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december");

  private static final Map<String, String> ZONE_NAMES =
      Map.ofEntries(
          Map.entry("z", "Z"), Map.entry("ut", "Z"), Map.entry("utc", "Z"), Map.entry("gmt", "Z"),
          Map.entry("est", "-05:00"), Map.entry("edt", "-04:00"), Map.entry("cst", "-06:00"),
          Map.entry("cdt", "-05:00"), Map.entry("mst", "-07:00"), Map.entry("mdt", "-06:00"),
          Map.entry("pst", "-08:00"), Map.entry("pdt", "-07:00"), Map.entry("akst", "-09:00"),
          Map.entry("akdt", "-08:00"), Map.entry("hst", "-10:00"), Map.entry("wet", "Z"),
          Map.entry("west", "+01:00"), Map.entry("bst", "+01:00"), Map.entry("cet", "+01:00"),
          Map.entry("cest", "+02:00"), Map.entry("met", "+01:00"), Map.entry("mest", "+02:00"),
          Map.entry("eet", "+02:00"), Map.entry("eest", "+03:00"), Map.entry("msk", "+03:00"),
          Map.entry("ist", "+05:30"), Map.entry("sgt", "+08:00"), Map.entry("hkt", "+08:00"),
          Map.entry("awst", "+08:00"), Map.entry("jst", "+09:00"), Map.entry("kst", "+09:00"),
          Map.entry("acst", "+09:30"), Map.entry("aest", "+10:00"), Map.entry("aedt", "+11:00"),
          Map.entry("nzst", "+12:00"), Map.entry("nzdt", "+13:00"));

  /** Region ids ("Europe/Berlin") by their lower-cased form, since the input is lower-cased. */
  private static final Map<String, String> REGION_IDS =
      ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.contains("/"))
          .collect(Collectors.toUnmodifiableMap(id -> id.toLowerCase(Locale.ROOT), id -> id,
              (a, b) -> a));

  private FeedDates() {}

  /** The date {@code raw} names, or null when it names none this parser knows. */
  public static OffsetDateTime parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (s.isEmpty() || s.length() > 100) {
      return null;
    }
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return build(
          m.group(1), month(m.group(2)), m.group(3), m.group(4), m.group(5), m.group(6),
          m.group(7), m.group(8), m.group(9));
    }
    m = DAY_MONTH.matcher(s);
    if (m.matches()) {
      return build(
          year(m.group(3)), monthName(m.group(2)), m.group(1), m.group(4), m.group(5), m.group(6),
          m.group(7), m.group(8), m.group(9));
    }
    m = MONTH_DAY.matcher(s);
    if (m.matches()) {
      String year = m.group(3) != null ? m.group(3) : m.group(10);
      if (year == null) {
        return null;
      }
      return build(
          year, monthName(m.group(1)), m.group(2), m.group(4), m.group(5), m.group(6),
          m.group(7), m.group(8), m.group(9));
    }
    return null;
  }

  private static OffsetDateTime build(
      String year, int month, String day, String hour, String minute, String second,
      String fraction, String meridiem, String zone) {
    if (month < 1) {
      return null;
    }
    try {
      int h = hour == null ? 0 : Integer.parseInt(hour);
      if (meridiem != null) {
        boolean pm = meridiem.startsWith("p");
        if (h < 1 || h > 12) {
          return null;
        }
        h = h % 12 + (pm ? 12 : 0);
      }
      int sec = second == null ? 0 : Math.min(59, Integer.parseInt(second));
      int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(year), month, Integer.parseInt(day), h,
              minute == null ? 0 : Integer.parseInt(minute), sec, nanos);
      ZoneOffset offset = offset(zone, local);
      return offset == null ? null : OffsetDateTime.of(local, offset);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** The offset {@code zone} names at {@code local}; UTC when there is none or it is unknown. */
  private static ZoneOffset offset(String zone, LocalDateTime local) {
    String z = zone == null ? "" : zone.replaceAll("\\(.*?\\)", " ").strip();
    if (z.isEmpty()) {
      return ZoneOffset.UTC;
    }
    Matcher m = OFFSET.matcher(z);
    if (m.lookingAt()) {
      int hours = Integer.parseInt(m.group(2));
      int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      int sign = m.group(1).equals("-") ? -1 : 1;
      if (hours > 18 || minutes > 59) {
        return null;
      }
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    String first = z.split(" ")[0];
    String named = ZONE_NAMES.get(first);
    if (named != null) {
      return ZoneOffset.of(named);
    }
    String regionId = REGION_IDS.get(first);
    if (regionId != null) {
      return ZoneId.of(regionId).getRules().getOffset(local);
    }
    // An unknown zone word: the wall-clock time is still right to within hours, which beats none.
    return ZoneOffset.UTC;
  }

  private static int month(String digits) {
    return Integer.parseInt(digits);
  }

  private static int monthName(String word) {
    for (int i = 0; i < MONTHS.size(); i++) {
      if (MONTHS.get(i).startsWith(word)) {
        return i + 1;
      }
    }
    return -1;
  }

  private static String year(String digits) {
    if (digits.length() == 2) {
      int y = Integer.parseInt(digits);
      return Integer.toString(y < 50 ? 2000 + y : 1900 + y);
    }
    return digits;
  }
}
