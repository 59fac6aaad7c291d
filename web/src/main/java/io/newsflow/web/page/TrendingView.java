package io.newsflow.web.page;

import io.newsflow.web.trending.Trending;
import io.newsflow.web.trending.TrendingEntity;
import java.util.List;
import java.util.Locale;

/**
 * The trending panel: the entities in the most articles of the last hour and of the last 24
 * hours, each with its change against the period before and a sparkline.
 *
 * @param note what the page says when a list is empty or partial, else null
 */
public record TrendingView(List<Row> hour, List<Row> day, String note) {

  /** One entity of a list. */
  public record Row(String name, String type, String claimsLink, long count, long change,
      String sparkline) {

    /** "+3", "−1" or "=" against the period before. */
    public String changeLabel() {
      return change > 0 ? "+" + change : change < 0 ? "\u2212" + (-change) : "=";
    }

    public String changeClass() {
      return change > 0 ? "up" : change < 0 ? "down" : "";
    }
  }

  public static TrendingView of(Trending hour, Trending day) {
    String note = hour.complete() && day.complete() ? null
        : "Some page instances did not answer: the counts they hold are missing.";
    return new TrendingView(rows(hour), rows(day), note);
  }

  public static TrendingView unavailable(String why) {
    return new TrendingView(List.of(), List.of(), why);
  }

  private static List<Row> rows(Trending trending) {
    return trending.entities().stream().map(TrendingView::row).toList();
  }

  private static Row row(TrendingEntity e) {
    return new Row(e.name(), e.type() == null ? "misc" : e.type().name().toLowerCase(Locale.ROOT),
        "/claims?entity=" + java.net.URLEncoder.encode(e.name(),
            java.nio.charset.StandardCharsets.UTF_8),
        e.count(), e.change(), points(e.sparkline()));
  }

  /** The points of an SVG polyline over a 100 × 20 box, highest count at the top. */
  static String points(List<Long> counts) {
    if (counts.isEmpty()) {
      return "";
    }
    long max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(1));
    StringBuilder points = new StringBuilder();
    int n = counts.size();
    for (int i = 0; i < n; i++) {
      double x = n == 1 ? 50 : 100.0 * i / (n - 1);
      double y = 19 - 18.0 * counts.get(i) / max;
      if (points.length() > 0) {
        points.append(' ');
      }
      points.append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
    }
    return points.toString();
  }
}
