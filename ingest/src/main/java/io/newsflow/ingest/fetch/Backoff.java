package io.newsflow.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before trying again: exponential backoff with full jitter (a uniform draw
 * between zero and {@code initial * 2^(tries-1)}, at most {@code max}), or what a Retry-After
 * header asks, as long as it is no more than {@code max}.
 */
final class Backoff {
  // HTTP dates use English names whatever the locale; the two obsolete forms must be read too.
  private static final DateTimeFormatter RFC_850 =
      DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US);
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

  private final Duration initial;
  private final Duration max;
  private final DoubleSupplier unitRandom;

  /**
   * @param unitRandom draws uniformly from [0, 1)
   */
  Backoff(Duration initial, Duration max, DoubleSupplier unitRandom) {
    this.initial = initial;
    this.max = max;
    this.unitRandom = unitRandom;
  }

  /** The longest wait: the cap of the backoff and of Retry-After. */
  Duration max() {
    return max;
  }

  /** The wait after the {@code failedTries}-th failed try (1 for the first). */
  Duration afterFailure(int failedTries) {
    int doublings = Math.min(Math.max(failedTries - 1, 0), 40);
    long ceilingNanos = initial.toNanos();
    for (int i = 0; i < doublings && ceilingNanos < max.toNanos(); i++) {
      ceilingNanos = Math.multiplyExact(ceilingNanos, 2);
    }
    ceilingNanos = Math.min(ceilingNanos, max.toNanos());
    double draw = Math.min(Math.max(unitRandom.getAsDouble(), 0.0), 1.0);
    return Duration.ofNanos((long) (ceilingNanos * draw));
  }

  /**
   * The wait a Retry-After header asks for (delay-seconds or an HTTP date, read against {@code
   * now}); empty when the value cannot be read. Never negative.
   */
  static Optional<Duration> retryAfter(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.strip();
    if (value.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
      } catch (NumberFormatException e) {
        return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
      }
    }
    for (DateTimeFormatter format :
        new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME, RFC_850, ASCTIME}) {
      try {
        Instant at = ZonedDateTime.parse(value, format).toInstant();
        Duration wait = Duration.between(now, at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException e) {
        // try the next of the three formats HTTP allows
      }
    }
    return Optional.empty();
  }
}
