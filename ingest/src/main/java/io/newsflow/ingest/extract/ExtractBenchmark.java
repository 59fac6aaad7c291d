package io.newsflow.ingest.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures extraction speed: parses ({@link HtmlPages#parse}) and extracts ({@link
 * NewsArticleExtractor}) every {@code .html} file of a folder on one thread, after warm-up rounds
 * over the same files, and reports pages per second and milliseconds per page (p50, p99). The
 * files are read into memory first, so disk speed does not count. Decoding and parsing alone is
 * measured on the same pages, interleaved with the extraction: on a shared, noisy machine the
 * ratio between the two is steadier than either rate.
 */
public final class ExtractBenchmark {

  /** What one measured round gave. */
  public record Result(int pages, long bytes, double seconds, double p50Millis, double p99Millis,
      long textChars, double parseOnlySeconds) {
    public double pagesPerSecond() {
      return seconds == 0 ? 0 : pages / seconds;
    }

    /** Pages per second of decoding and parsing alone, the floor of any jsoup extractor. */
    public double parseOnlyPagesPerSecond() {
      return parseOnlySeconds == 0 ? 0 : pages / parseOnlySeconds;
    }
  }

  private ExtractBenchmark() {}

  /**
   * @param dir the folder whose {@code .html} files are extracted
   * @param warmupRounds rounds over all files before the measured one
   * @param out where progress and the result are printed
   */
  public static Result run(Path dir, int warmupRounds, PrintStream out) throws IOException {
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
    List<byte[]> pages = new ArrayList<>(files.size());
    long bytes = 0;
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      pages.add(b);
      bytes += b.length;
    }
    out.printf(Locale.ROOT, "extract benchmark: %d pages, %.1f MB, %d warm-up rounds%n",
        pages.size(), bytes / 1e6, warmupRounds);
    if (pages.isEmpty()) {
      out.println("no .html files in " + dir);
      return new Result(0, 0, 0, 0, 0, 0, 0);
    }
    NewsArticleExtractor extractor = new NewsArticleExtractor();
    for (int r = 0; r < warmupRounds; r++) {
      long t = System.nanoTime();
      round(extractor, pages, new long[pages.size()]);
      out.printf(Locale.ROOT, "warm-up %d: %.1f pages/s%n", r + 1,
          pages.size() / ((System.nanoTime() - t) / 1e9));
    }
    // Parse-only and parse + extract alternate page by page (which goes first alternates too),
    // so that load from other processes and warm caches favour neither.
    long[] nanos = new long[pages.size()];
    long parseNanos = 0;
    long chars = 0;
    int sink = 0;
    for (int i = 0; i < pages.size(); i++) {
      String url = "https://bench.example/" + i;
      if (i % 2 == 0) {
        long t0 = System.nanoTime();
        sink += HtmlPages.parse(pages.get(i), null, url).childNodeSize();
        parseNanos += System.nanoTime() - t0;
      }
      long t1 = System.nanoTime();
      chars += extractor.extract(HtmlPages.parse(pages.get(i), null, url), url).text().length();
      nanos[i] = System.nanoTime() - t1;
      if (i % 2 == 1) {
        long t0 = System.nanoTime();
        sink += HtmlPages.parse(pages.get(i), null, url).childNodeSize();
        parseNanos += System.nanoTime() - t0;
      }
    }
    if (sink < 0) {
      out.println(sink); // keeps the parse-only work from being optimised away
    }
    double seconds = Arrays.stream(nanos).sum() / 1e9;
    double parseSeconds = parseNanos / 1e9;
    Arrays.sort(nanos);
    Result result = new Result(pages.size(), bytes, seconds, percentile(nanos, 0.50) / 1e6,
        percentile(nanos, 0.99) / 1e6, chars, parseSeconds);
    out.printf(Locale.ROOT, "measured: %d pages in %.2f s = %.1f pages/s (%.1f MB/s); ms/page p50"
            + " %.2f p99 %.2f%n", result.pages(), seconds, result.pagesPerSecond(),
        bytes / 1e6 / seconds, result.p50Millis(), result.p99Millis());
    out.printf(Locale.ROOT, "parse only (decode + jsoup): %.1f pages/s; parse + extract runs at %.0f%%"
            + " of that%n", result.parseOnlyPagesPerSecond(),
        100 * result.pagesPerSecond() / result.parseOnlyPagesPerSecond());
    return result;
  }

  private static long round(NewsArticleExtractor extractor, List<byte[]> pages, long[] nanos) {
    long chars = 0;
    for (int i = 0; i < pages.size(); i++) {
      long t = System.nanoTime();
      String url = "https://bench.example/" + i;
      chars += extractor.extract(HtmlPages.parse(pages.get(i), null, url), url).text().length();
      nanos[i] = System.nanoTime() - t;
    }
    return chars;
  }

  private static long percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  /** {@code ExtractBenchmark DIR [WARMUP_ROUNDS]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ExtractBenchmark DIR [WARMUP_ROUNDS]");
      System.exit(2);
    }
    run(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 3, System.out);
  }
}
