package io.newsflow.ingest.discover;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Throughput of the discover parsers, run by hand (not a test; surefire ignores it). From the
 * worktree root:
 *
 * <pre>
 * mvn -q -o -pl ingest -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/discover-cp.txt -Dmdep.includeScope=test
 * cd ingest &amp;&amp; CP=target/classes:target/test-classes:$(cat /tmp/discover-cp.txt)
 * java -Xmx512m -cp $CP io.newsflow.ingest.discover.DiscoverBench feeds
 * java -Xmx256m -XX:+UseSerialGC -cp $CP io.newsflow.ingest.discover.DiscoverBench warc 20000 /tmp/bench.warc.gz
 * java -Xmx1g -cp $CP io.newsflow.ingest.discover.DiscoverBench sections EVAL_DIR /tmp/sections.tsv
 * </pre>
 *
 * <p>{@code sections} reads saved pages and a {@code cases.json} (id to URL) from EVAL_DIR, which
 * stays outside the project. Prints one line per measurement; figures on a shared 2-core machine
 * are noisy, so compare ratios.
 */
public final class DiscoverBench {
  private DiscoverBench() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "feeds" -> feeds();
      case "warc" -> warc(Integer.parseInt(args[1]), Path.of(args[2]));
      case "sections" -> sections(Path.of(args[1]), Path.of(args[2]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static void feeds() {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
        + "<channel><title>Bench Courier</title><link>https://bench-courier.example/</link>"
        + "<description>d</description>");
    for (int i = 0; i < 500; i++) {
      rss.append("<item><title>Fictional story number ").append(i).append(" &amp; more</title>")
          .append("<link>https://bench-courier.example/2024/04/03/story-").append(i).append("</link>")
          .append("<pubDate>Wed, 03 Apr 2024 10:15:30 +0200</pubDate>")
          .append("<description><![CDATA[<p>").append("Body text. ".repeat(40))
          .append("</p>]]></description></item>");
    }
    byte[] feed = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    FeedParser parser = new FeedParser();
    for (int i = 0; i < 30; i++) {
      parser.parse(feed, "https://bench-courier.example/feed");
    }
    int runs = 100;
    long start = System.nanoTime();
    int links = 0;
    for (int i = 0; i < runs; i++) {
      links += parser.parse(feed, "https://bench-courier.example/feed").size();
    }
    double ms = (System.nanoTime() - start) / 1e6 / runs;
    // The same feed through bare ROME (no decoding checks, repair, xml:base or date re-parsing).
    for (int i = 0; i < 30; i++) {
      bareRome(feed);
    }
    start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      bareRome(feed);
    }
    double romeMs = (System.nanoTime() - start) / 1e6 / runs;
    System.out.printf(Locale.ROOT,
        "feeds: %d-item RSS (%d KiB) parsed in %.2f ms/feed, %.0f items/s; bare ROME %.2f ms "
            + "(FeedParser/ROME = %.2f)%n",
        links / runs, feed.length / 1024, ms, links / runs / ms * 1000, romeMs, ms / romeMs);
  }

  private static int bareRome(byte[] feed) {
    try {
      return new com.rometools.rome.io.SyndFeedInput()
          .build(new com.rometools.rome.io.XmlReader(new java.io.ByteArrayInputStream(feed)))
          .getEntries().size();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void warc(int records, Path file) throws IOException {
    byte[] page = ("<!DOCTYPE html><html><head><title>Bench</title></head><body>"
        + "<article><p>" + "Fictional paragraph of a fictional article. ".repeat(400)
        + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (int i = 0; i < records; i++) {
        URI uri = URI.create("https://bench-courier.example/2024/04/03/story-" + i);
        writer.write(new WarcRequest.Builder(uri).date(Instant.EPOCH)
            .body(MediaType.HTTP_REQUEST, ("GET /" + i + " HTTP/1.1\r\nHost: x\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII)).build());
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + page.length + "\r\n\r\n";
        byte[] http = new byte[head.length() + page.length];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, http, 0, head.length());
        System.arraycopy(page, 0, http, head.length(), page.length);
        writer.write(new WarcResponse.Builder(uri).date(Instant.EPOCH)
            .body(MediaType.HTTP_RESPONSE, http).build());
      }
    }
    System.gc();
    long start = System.nanoTime();
    long bytes = 0;
    long peak = 0;
    Runtime rt = Runtime.getRuntime();
    try (WarcArticleReader reader = WarcArticleReader.open(file)) {
      while (reader.hasNext()) {
        bytes += reader.next().body().length;
        if ((reader.stats().recordsRead() & 1023) == 0) {
          peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
      }
      double s = (System.nanoTime() - start) / 1e9;
      WarcReadStats stats = reader.stats();
      System.out.printf(Locale.ROOT,
          "warc: %d records (%d pages, %.0f MiB payload, %.0f MiB gzip file) in %.2f s: "
              + "%.0f records/s, %.0f MiB/s payload; heap sampled peak %d MiB (max %d MiB)%n",
          stats.recordsRead(), stats.pagesYielded(), bytes / 1048576.0,
          Files.size(file) / 1048576.0, s, stats.recordsRead() / s, bytes / 1048576.0 / s,
          peak / 1048576, rt.maxMemory() / 1048576);
    }
  }

  /** Runs the section extractor over saved pages named in a cases.json, dumping scored links. */
  private static void sections(Path evalDir, Path out) throws IOException {
    String cases = Files.readString(evalDir.resolve("cases.json"));
    Matcher m = Pattern.compile("\"(\\d{4})\":\\s*\\{\\s*\"url\":\\s*\"(https?://[^\"]+)\"")
        .matcher(cases);
    List<String[]> pages = new ArrayList<>();
    while (m.find()) {
      pages.add(new String[] {m.group(1), m.group(2)});
    }
    SectionLinkExtractor extractor = new SectionLinkExtractor();
    long parseNanos = 0;
    long extractNanos = 0;
    long articles = 0;
    long sameSite = 0;
    int withArticles = 0;
    try (PrintWriter tsv = new PrintWriter(Files.newBufferedWriter(out))) {
      for (String[] p : pages) {
        Path html = evalDir.resolve("pages").resolve(p[0] + ".html");
        if (!Files.exists(html)) {
          continue;
        }
        long t0 = System.nanoTime();
        Document doc = Jsoup.parse(html.toFile(), null, p[1]);
        long t1 = System.nanoTime();
        List<DiscoveredLink> found = extractor.articleLinks(doc, 10_000);
        long t2 = System.nanoTime();
        parseNanos += t1 - t0;
        extractNanos += t2 - t1;
        articles += found.size();
        withArticles += found.isEmpty() ? 0 : 1;
        for (SectionLinkExtractor.Scored s : extractor.scored(doc)) {
          sameSite++;
          tsv.printf(Locale.ROOT, "%s\t%s\t%.1f\t%s\t%s%n", p[0],
              s.score() >= SectionLinkExtractor.ARTICLE_THRESHOLD ? "A" : "-", s.score(), s.url(),
              s.title() == null ? "" : s.title());
        }
      }
    }
    System.out.printf(Locale.ROOT,
        "sections: %d pages; jsoup parse %.2f ms/page, extraction %.2f ms/page; %d same-site "
            + "candidate links, %d judged articles (%.1f per page, %d pages with any)%n",
        pages.size(), parseNanos / 1e6 / pages.size(), extractNanos / 1e6 / pages.size(), sameSite,
        articles, articles / (double) pages.size(), withArticles);
  }

}
