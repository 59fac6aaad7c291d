package io.newsflow.web.page;

import io.newsflow.web.sources.SourceHealth;
import io.newsflow.web.sources.SourceHealthReport;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Source health: per source, how its last fetch went, its articles of the last 24 hours, its
 * failures in a row, and how well its pages extract (shares without a date, without an author,
 * without text). Failing sources first.
 */
public record SourcesView(List<Row> rows, String note) {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("MM-dd HH:mm 'UTC'", Locale.ROOT);

  /** One source. {@code failing} marks a failure streak or a last poll that failed. */
  public record Row(String name, String url, String type, String lastOutcome, String lastPoll,
      String lastSuccess, long articles, long updates, int failuresInARow, String noDate,
      String noAuthor, String emptyText, boolean failing) {}

  public static SourcesView of(SourceHealthReport report) {
    List<Row> rows = report.sources().stream()
        .map(SourcesView::row)
        .sorted(Comparator.comparing(Row::failing).reversed()
            .thenComparing(Comparator.comparingLong(Row::articles).reversed())
            .thenComparing(Row::name))
        .toList();
    return new SourcesView(rows, report.complete() ? null
        : "Some page instances did not answer: the counts they hold are missing.");
  }

  public static SourcesView unavailable(String why) {
    return new SourcesView(List.of(), why);
  }

  private static Row row(SourceHealth s) {
    String url = s.url() != null ? s.url() : s.sourceId();
    int failures = s.failuresInARow() == null ? 0 : s.failuresInARow();
    return new Row(shortName(url), ArticleView.httpUrl(url), s.type() == null ? "" : s.type(),
        s.lastOutcome() == null ? "" : s.lastOutcome(), time(s.lastPollAt()),
        time(s.lastSuccessAt()), s.last24h().articles(), s.last24h().updates(), failures,
        share(s.noDateShare()), share(s.noAuthorShare()), share(s.emptyTextShare()),
        failures > 0);
  }

  /** The host and path of a source's URL, without the scheme. */
  static String shortName(String url) {
    return url == null ? "" : url.replaceFirst("^[a-zA-Z]+://", "");
  }

  private static String time(Instant t) {
    return t == null ? "" : TIME.format(t.atOffset(ZoneOffset.UTC));
  }

  private static String share(Double share) {
    return share == null ? "" : Math.round(share * 100) + "%";
  }
}
