package io.newsflow.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * How the heap after garbage collection moved over a soak's minutes: the mean of the first and of
 * the last few minutes (three, or a third of the minutes when fewer than nine), and the
 * least-squares slope over every minute. A heap that holds steady has a slope near zero; a leak
 * shows as a slope that stays positive however long the soak.
 */
record HeapTrend(int minutes, int window, double firstMb, double lastMb,
    double slopeMbPerMinute) {

  static HeapTrend of(List<SoakRow> rows, ToLongFunction<HeapAfterGc.Window> value) {
    List<double[]> points = new ArrayList<>();
    for (SoakRow row : rows) {
      long bytes = value.applyAsLong(row.heap());
      if (bytes >= 0) {
        points.add(new double[] {row.minute(), bytes / 1048576.0});
      }
    }
    int n = points.size();
    if (n == 0) {
      return new HeapTrend(0, 0, Double.NaN, Double.NaN, Double.NaN);
    }
    int window = Math.max(1, Math.min(3, n / 3));
    double first = 0;
    double last = 0;
    for (int i = 0; i < window; i++) {
      first += points.get(i)[1] / window;
      last += points.get(n - 1 - i)[1] / window;
    }
    double slope = Double.NaN;
    if (n >= 2) {
      double mx = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
      double my = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
      double sxy = 0;
      double sxx = 0;
      for (double[] p : points) {
        sxy += (p[0] - mx) * (p[1] - my);
        sxx += (p[0] - mx) * (p[0] - mx);
      }
      slope = sxx == 0 ? Double.NaN : sxy / sxx;
    }
    return new HeapTrend(n, window, first, last, slope);
  }

  String describe() {
    if (minutes == 0) {
      return "no collection seen";
    }
    if (minutes == 1) {
      return String.format(Locale.ROOT, "%.0f MB (one minute: no trend)", lastMb);
    }
    String span = window == 1 ? "minute" : window + " minutes";
    return String.format(Locale.ROOT, "first %s %.0f MB, last %s %.0f MB, slope %+.1f MB/min "
        + "over %d minutes", span, firstMb, span, lastMb, slopeMbPerMinute, minutes);
  }
}
