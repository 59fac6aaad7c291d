package io.newsflow.app.cli;

import io.newsflow.core.status.SourceStatus;
import io.newsflow.ingest.source.SourceRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code newsflow sources list} prints: one line per source with its type, poll interval,
 * last poll, last outcome, last success and failures in a row (from {@code
 * news-source-status-v1}), then a summary line; or the removed sources.
 */
final class SourcesTable {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final String ROW = "%-8s %-8s %-20s %-18s %-20s %5s  %s%n";
  private static final String REMOVED_ROW = "%-8s %-8s %-20s %s%n";

  /** One source with its status (null when it was never polled), as {@code --format json} has it. */
  record Listed(SourceRecord source, SourceStatus status) {}

  private SourcesTable() {}

  /** The sources, by host then URL, with their statuses. */
  static List<Listed> listed(List<SourceRecord> sources, Map<String, SourceStatus> statuses) {
    return sources.stream()
        .sorted(Comparator.comparing(SourceRecord::host).thenComparing(SourceRecord::url))
        .map(s -> new Listed(s, statuses.get(s.id())))
        .toList();
  }

  /**
   * The table of sources to poll.
   *
   * @param removed how many removed sources there are besides, for the summary line
   */
  static String sources(List<Listed> listed, int removed) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, ROW, "TYPE", "EVERY", "LAST POLL", "LAST OUTCOME",
        "LAST SUCCESS", "FAILS", "URL"));
    int failing = 0;
    int neverPolled = 0;
    for (Listed l : listed) {
      SourceRecord s = l.source();
      SourceStatus st = l.status();
      if (st == null) {
        neverPolled++;
      } else if (st.failing()) {
        failing++;
      }
      out.append(String.format(Locale.ROOT, ROW, s.type(), every(s),
          st == null ? "-" : time(st.lastPollAt()),
          st == null ? "never polled" : st.lastOutcome(),
          st == null ? "-" : time(st.lastSuccessAt()),
          st == null ? "-" : String.valueOf(st.failuresInARow()),
          s.url()));
    }
    out.append(listed.size()).append(listed.size() == 1 ? " source" : " sources");
    List<String> notes = new ArrayList<>();
    if (failing > 0) {
      notes.add(failing + " failing");
    }
    if (neverPolled > 0) {
      notes.add(neverPolled + " never polled");
    }
    if (!notes.isEmpty()) {
      out.append(" (").append(String.join(", ", notes)).append(')');
    }
    if (removed > 0) {
      out.append("; ").append(removed).append(" removed (--removed lists them)");
    }
    return out.append(System.lineSeparator()).toString();
  }

  /** The table of removed sources. */
  static String removed(List<SourceRecord> removed) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, REMOVED_ROW, "TYPE", "EVERY", "REMOVED", "URL"));
    removed.stream()
        .sorted(Comparator.comparing(SourceRecord::host).thenComparing(SourceRecord::url))
        .forEach(s -> out.append(String.format(Locale.ROOT, REMOVED_ROW, s.type(), every(s),
            time(s.removedAt()), s.url())));
    out.append(removed.size()).append(" removed")
        .append(" (newsflow sources add URL restores one)").append(System.lineSeparator());
    return out.toString();
  }

  static String every(SourceRecord s) {
    return s.pollIntervalSeconds() > 0 ? duration(Duration.ofSeconds(s.pollIntervalSeconds()))
        : "default";
  }

  /** In the largest unit that divides it, as the configuration writes it: 5m, 90s, 1h, 2d. */
  static String duration(Duration d) {
    long seconds = d.toSeconds();
    if (seconds > 0 && seconds % 86_400 == 0) {
      return seconds / 86_400 + "d";
    }
    if (seconds > 0 && seconds % 3_600 == 0) {
      return seconds / 3_600 + "h";
    }
    if (seconds > 0 && seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }

  private static String time(Instant at) {
    return at == null ? "-" : TIME.format(at);
  }
}
