package io.newsflow.enrich.entities;

import io.newsflow.core.enrichment.EntityType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds money amounts, percentages and dates with regular expressions and normalises them; dates
 * relative to the article ("yesterday", "last year", "on Tuesday", "April 2") are resolved
 * against its publication date. This replaces CoreNLP's numeric classifiers and SUTime, which
 * would more than double the cost of tagging an article.
 */
public final class NumericExpressionFinder {

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?";
  private static final String SCALE = "(thousand|million|billion|trillion|bn|mn|m|k)";

  private static final Pattern MONEY_SYMBOL =
      Pattern.compile(
          "(?<![\\w$])(US\\$|C\\$|A\\$|NZ\\$|HK\\$|\\$|£|€|¥|₹)\\s?" + NUMBER
              + "(?:[\\s-]?" + SCALE + "\\b)?");
  private static final Pattern MONEY_WORD =
      Pattern.compile(
          "(?<![\\w.])" + NUMBER + "(?:\\s" + SCALE + ")?\\s"
              + "(dollars|euros|pounds|pounds sterling|yen|yuan|rupees|USD|EUR|GBP)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PERCENT =
      Pattern.compile(
          "(?<![\\w.])" + NUMBER + "\\s?(%|percent\\b|per cent\\b|percentage points?\\b)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s(\\d{4})\\b)?");
  private static final Pattern DAY_FIRST =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s" + MONTH + "(?:,?\\s(\\d{4})\\b)?");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTH + "(?:\\sof)?,?\\s(\\d{4})\\b");
  private static final Pattern MONTH_ALONE =
      Pattern.compile(
          "\\b(?i:in|by|since|until|till|from|through|during|before|after|early|late|mid|last"
              + "|next|this|of)\\s" + MONTH + "(?!\\s\\d)");
  private static final Pattern ISO_DATE =
      Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern YEAR =
      Pattern.compile(
          "\\b(?i:in|by|since|until|till|from|to|through|during|before|after|of|early|late|mid"
              + "|around|and|or|between|spring|summer|autumn|fall|winter)\\s((?:1[89]|20)\\d{2})"
              + "\\b(?![-–]\\d|\\s?%|,\\d)");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:(last|next|this)\\s)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern RELATIVE =
      Pattern.compile(
          "\\b(?:(today|yesterday|tomorrow)|(this|last|next|past)\\s(week|month|year)"
              + "|(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s(days?|weeks?|months?"
              + "|years?)\\sago)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> SMALL_NUMBERS =
      Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight",
          8, "nine", 9, "ten", 10);

  /** All money amounts, percentages and dates in {@code text[0, limit)}, without overlaps. */
  public List<NumericMention> find(String text, int limit, OffsetDateTime published) {
    String scope = text.substring(0, Math.min(limit, text.length()));
    LocalDate anchor = published == null ? null : published.toLocalDate();
    List<NumericMention> found = new ArrayList<>();
    money(scope, found);
    percent(scope, found);
    dates(scope, anchor, found);
    return withoutOverlaps(found);
  }

  private static void money(String text, List<NumericMention> out) {
    Matcher m = MONEY_SYMBOL.matcher(text);
    while (m.find()) {
      String currency = currencyOfSymbol(m.group(1));
      out.add(mention(m, EntityType.MONEY, currency + " " + amount(m.group(2), m.group(3),
          m.group(4))));
    }
    m = MONEY_WORD.matcher(text);
    while (m.find()) {
      String currency = currencyOfWord(m.group(4));
      out.add(mention(m, EntityType.MONEY, currency + " " + amount(m.group(1), m.group(2),
          m.group(3))));
    }
  }

  private static void percent(String text, List<NumericMention> out) {
    Matcher m = PERCENT.matcher(text);
    while (m.find()) {
      String value = m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2));
      boolean points = m.group(3).startsWith("percentage");
      out.add(mention(m, EntityType.PERCENT, value + (points ? " pp" : "%")));
    }
  }

  private static void dates(String text, LocalDate anchor, List<NumericMention> out) {
    Matcher m = ISO_DATE.matcher(text);
    while (m.find()) {
      out.add(mention(m, EntityType.DATE, m.group()));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      out.add(mention(m, EntityType.DATE, dayDate(anchor, m.group(1), m.group(2), m.group(3))));
    }
    m = DAY_FIRST.matcher(text);
    while (m.find()) {
      out.add(mention(m, EntityType.DATE, dayDate(anchor, m.group(2), m.group(1), m.group(3))));
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      int month = month(m.group(1));
      out.add(mention(m, EntityType.DATE, YearMonth.of(Integer.parseInt(m.group(2)), month)
          .toString()));
    }
    m = MONTH_ALONE.matcher(text);
    while (m.find()) {
      out.add(new NumericMention(m.start(1), m.end(1), m.group(1), EntityType.DATE,
          nearestMonth(anchor, month(m.group(1)))));
    }
    m = YEAR.matcher(text);
    while (m.find()) {
      out.add(new NumericMention(m.start(1), m.end(1), m.group(1), EntityType.DATE, m.group(1)));
    }
    m = WEEKDAY.matcher(text);
    while (m.find()) {
      out.add(mention(m, EntityType.DATE, weekday(anchor, m.group(1), m.group(2))));
    }
    m = RELATIVE.matcher(text);
    while (m.find()) {
      out.add(mention(m, EntityType.DATE, relative(anchor, m)));
    }
  }

  private static NumericMention mention(Matcher m, EntityType type, String normalized) {
    return new NumericMention(m.start(), m.end(), m.group(), type, normalized);
  }

  private static List<NumericMention> withoutOverlaps(List<NumericMention> found) {
    List<NumericMention> byLength = new ArrayList<>(found);
    byLength.sort(
        Comparator.comparingInt((NumericMention n) -> n.end() - n.start()).reversed()
            .thenComparingInt(NumericMention::start));
    List<NumericMention> kept = new ArrayList<>();
    for (NumericMention candidate : byLength) {
      boolean overlaps =
          kept.stream().anyMatch(k -> k.start() < candidate.end() && candidate.start() < k.end());
      if (!overlaps) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(NumericMention::start));
    return kept;
  }

  static String amount(String integer, String fraction, String scale) {
    BigDecimal value = new BigDecimal(integer.replace(",", "") + (fraction == null ? "" : "."
        + fraction));
    if (scale != null) {
      value = value.multiply(multiplier(scale.toLowerCase(Locale.ROOT)));
    }
    return value.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal multiplier(String scale) {
    return switch (scale) {
      case "thousand", "k" -> BigDecimal.valueOf(1_000L);
      case "million", "m", "mn" -> BigDecimal.valueOf(1_000_000L);
      case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000L);
      case "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
      default -> BigDecimal.ONE;
    };
  }

  private static String currencyOfSymbol(String symbol) {
    return switch (symbol) {
      case "£" -> "GBP";
      case "€" -> "EUR";
      case "¥" -> "JPY";
      case "₹" -> "INR";
      case "C$" -> "CAD";
      case "A$" -> "AUD";
      case "NZ$" -> "NZD";
      case "HK$" -> "HKD";
      default -> "USD";
    };
  }

  private static String currencyOfWord(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "euros", "eur" -> "EUR";
      case "pounds", "pounds sterling", "gbp" -> "GBP";
      case "yen" -> "JPY";
      case "yuan" -> "CNY";
      case "rupees" -> "INR";
      default -> "USD";
    };
  }

  private static int month(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    List<String> months =
        List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
            "dec");
    return months.indexOf(prefix) + 1;
  }

  /** A day and month; without a year, the year that puts it nearest to the publication date. */
  private static String dayDate(LocalDate anchor, String monthName, String day, String year) {
    int month = month(monthName);
    int dayOfMonth = Integer.parseInt(day);
    if (dayOfMonth < 1 || dayOfMonth > 31) {
      return null;
    }
    if (year != null) {
      return safeDate(Integer.parseInt(year), month, dayOfMonth);
    }
    if (anchor == null) {
      return String.format(Locale.ROOT, "--%02d-%02d", month, dayOfMonth);
    }
    String best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      String candidate = safeDate(y, month, dayOfMonth);
      if (candidate != null) {
        long distance = Math.abs(ChronoUnit.DAYS.between(anchor, LocalDate.parse(candidate)));
        if (distance < bestDistance) {
          bestDistance = distance;
          best = candidate;
        }
      }
    }
    return best;
  }

  /** A month without a year: the one nearest the publication date. */
  private static String nearestMonth(LocalDate anchor, int month) {
    if (anchor == null) {
      return String.format(Locale.ROOT, "--%02d", month);
    }
    YearMonth best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      YearMonth candidate = YearMonth.of(y, month);
      long distance = Math.abs(ChronoUnit.MONTHS.between(YearMonth.from(anchor), candidate));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return best.toString();
  }

  private static String safeDate(int year, int month, int day) {
    if (day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day).toString();
  }

  /** A weekday: the last one on or before publication, unless "next" says otherwise. */
  private static String weekday(LocalDate anchor, String modifier, String dayName) {
    if (anchor == null) {
      return null;
    }
    DayOfWeek day = DayOfWeek.valueOf(dayName.toUpperCase(Locale.ROOT));
    if ("next".equals(modifier)) {
      return anchor.with(TemporalAdjusters.next(day)).toString();
    }
    if ("last".equals(modifier)) {
      return anchor.with(TemporalAdjusters.previous(day)).toString();
    }
    return anchor.with(TemporalAdjusters.previousOrSame(day)).toString();
  }

  private static String relative(LocalDate anchor, Matcher m) {
    if (anchor == null) {
      return null;
    }
    if (m.group(1) != null) {
      return switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "yesterday" -> anchor.minusDays(1).toString();
        case "tomorrow" -> anchor.plusDays(1).toString();
        default -> anchor.toString();
      };
    }
    if (m.group(2) != null) {
      String which = m.group(2).toLowerCase(Locale.ROOT);
      int shift = which.equals("last") || which.equals("past") ? -1 : which.equals("next") ? 1 : 0;
      return switch (m.group(3).toLowerCase(Locale.ROOT)) {
        case "week" -> isoWeek(anchor.plusWeeks(shift));
        case "month" -> YearMonth.from(anchor).plusMonths(shift).toString();
        default -> Year.from(anchor).plusYears(shift).toString();
      };
    }
    String count = m.group(4).toLowerCase(Locale.ROOT);
    int n = SMALL_NUMBERS.getOrDefault(count, -1);
    if (n < 0) {
      n = Integer.parseInt(count);
    }
    String unit = m.group(5).toLowerCase(Locale.ROOT);
    if (unit.startsWith("day")) {
      return anchor.minusDays(n).toString();
    } else if (unit.startsWith("week")) {
      return isoWeek(anchor.minusWeeks(n));
    } else if (unit.startsWith("month")) {
      return YearMonth.from(anchor).minusMonths(n).toString();
    }
    return Year.from(anchor).minusYears(n).toString();
  }

  private static String isoWeek(LocalDate date) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
