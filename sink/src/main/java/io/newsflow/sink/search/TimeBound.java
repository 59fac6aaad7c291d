package io.newsflow.sink.search;

import io.newsflow.core.config.DurationParser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads a bound of a time window as a user gives it to {@code --since} and {@code --until}: an age
 * ({@code 24h}, {@code 7d}, ISO-8601 {@code PT36H}: that long before now), an instant with an
 * offset ({@code 2031-03-14T09:30:00+02:00}, {@code 2031-03-14T07:30:00Z}), a date and time
 * without one (taken as UTC), or a date ({@code 2031-03-14}: midnight UTC at its start).
 */
public final class TimeBound {
  private TimeBound() {}

  /**
   * The instant {@code text} stands for, ages counted back from {@code now}.
   *
   * @throws IllegalArgumentException saying what forms are understood
   */
  public static Instant parse(String text, Instant now) {
    String s = text == null ? "" : text.strip();
    Duration age = age(s);
    if (age != null) {
      if (age.isNegative()) {
        throw new IllegalArgumentException("a time window cannot reach into the future: '"
            + text + "'");
      }
      return now.minus(age);
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notLocal) {
      // try the next form
    }
    try {
      return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException notADate) {
      throw new IllegalArgumentException("not a duration, date or time: '" + text
          + "' (use 24h, 7d, 2031-03-14 or 2031-03-14T09:30:00Z)");
    }
  }

  private static Duration age(String s) {
    try {
      return DurationParser.parse(s);
    } catch (IllegalArgumentException notADuration) {
      return null;
    }
  }
}
