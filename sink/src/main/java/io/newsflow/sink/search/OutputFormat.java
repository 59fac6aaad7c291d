package io.newsflow.sink.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How {@code newsflow search} and {@code newsflow top} print their results: an aligned table for
 * people, or one JSON array or CSV with a header row for scripts (both always UTF-8).
 */
public enum OutputFormat {
  /** Aligned columns for a terminal; long cells cut with {@code ...}. */
  TABLE,
  /** One JSON array of objects, {@code []} when nothing was found. */
  JSON,
  /** RFC 4180 CSV: a header row, then one row per result; lines end with {@code \n}. */
  CSV;

  /**
   * The format a user typed ({@code json}, {@code CSV}), for {@code --format}.
   *
   * @throws IllegalArgumentException naming the valid formats
   */
  public static OutputFormat of(String text) {
    String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (OutputFormat format : values()) {
      if (format.name().equals(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown format '" + text + "': use one of "
        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", ")));
  }
}
