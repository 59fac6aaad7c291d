package io.newsflow.app.faults;

import static io.newsflow.ingest.testing.Articles.page;
import static io.newsflow.ingest.testing.Articles.rss;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.process.NewsflowProcess;
import io.newsflow.app.process.PipelineConfigFile;
import io.newsflow.app.process.PipelineOutputs;
import io.newsflow.core.config.SourceConfig;
import io.newsflow.ingest.testing.HostileContent;
import io.newsflow.ingest.testing.LocalSite;
import io.newsflow.ingest.testing.WarcFiles;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile feeds, sitemaps, pages and a damaged WARC through the whole pipeline: {@code newsflow
 * run} (its own broker) polls a local site serving ingest's hostile corpus ({@link
 * HostileContent}) beside ordinary articles, and {@code newsflow ingest --warc} reads an archive
 * with a malformed, a corrupt and a cut-off record into the same broker. Each hostile input ends
 * as a status record with its outcome and reason (read committed from news-fetch-status-v1 and
 * news-source-status-v1), none in news-dlq-v1; entities are never resolved nor DTDs fetched; the
 * ordinary articles served alongside reach news-enriched-v1 and the JSON Lines files; the run
 * stays alive with no stack trace and no OutOfMemoryError in its log. Small limits keep it fast:
 * 2 MiB bodies (the gzip bombs inflate to 1 GiB), 3 redirects, a 2 s read timeout, one try.
 */
class HostileSourcesIT {
  private static final Path LOGS = Path.of("target", "it-logs", "HostileSourcesIT");
  private static final int MAX_BODY = 2 * 1024 * 1024;
  private static final Instant MONDAY = Instant.parse("2026-03-09T07:30:00Z");
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");
  private static final String REFUSED = "refused a DOCTYPE with an internal subset";

  @TempDir Path dir;
  private final List<NewsflowProcess> processes = new ArrayList<>();
  private final List<String> report = new ArrayList<>();
  private LocalSite site;

  @AfterEach
  void stop() throws InterruptedException {
    for (NewsflowProcess p : processes) {
      p.close();
    }
    if (site != null) {
      site.close();
    }
  }

  @Test
  void hostileInputsEndAsStatusRecordsAndTheArticlesBesideThemGoThrough() throws Exception {
    long started = System.nanoTime();
    // 1 GiB of zeros in about 1 MB: made while the site and the pipeline start.
    CompletableFuture<byte[]> bomb =
        CompletableFuture.supplyAsync(() -> HostileContent.gzipBomb(1024));
    site = LocalSite.start();
    serveHostileSite(bomb);
    Path config = PipelineConfigFile.write(dir.resolve("newsflow.yaml"), sources(),
        Duration.ofMinutes(10), null, null, Map.of(
            "max-body-bytes", String.valueOf(MAX_BODY), "max-redirects", "3",
            "read-timeout", "2s", "connect-timeout", "2s", "max-attempts", "1"));
    String bootstrap = "127.0.0.1:" + NewsflowProcess.freePort();
    Path data = dir.resolve("data");
    NewsflowProcess run = start("run", "2g", "run", "--config", config.toString(),
        "--data-dir", data.toString(), "--set", "kafka.embedded.listen=" + bootstrap,
        "--http", "127.0.0.1:" + NewsflowProcess.freePort(), "--set", "web.enabled=false",
        "--progress-every", "5s");

    List<String> polled = List.of("/feeds/billion-laughs.xml", "/feeds/external-entity.xml",
        "/feeds/external-dtd.xml", "/feeds/mixed.xml", "/sitemaps/billion-laughs.xml",
        "/sitemaps/external-entity.xml", "/sitemaps/encoded-bomb.xml", "/sitemaps/bomb.xml.gz",
        "/articles/ferry.html", "/articles/harbour.html", "/articles/bomb.html",
        "/articles/loop-a.html", "/articles/deep.html");
    run.await("a status record for every source and link", Duration.ofMinutes(2),
        () -> statuses(bootstrap).keySet().containsAll(polled));

    Path warc = hostileWarc();
    NewsflowProcess ingest = NewsflowProcess.run(LOGS, "ingest-warc", Duration.ofMinutes(2),
        "ingest", "--config", config.toString(), "--bootstrap-servers", bootstrap,
        "--warc", warc.toString());
    processes.add(ingest);
    String enriched = "news-enriched-v1";
    run.await("the five ordinary articles enriched and in the files", Duration.ofMinutes(2),
        () -> PipelineOutputs.committedKeys(bootstrap, enriched).stream().distinct().count() >= 5
            && PipelineOutputs.jsonlPairs(data.resolve("articles")).size() >= 5);
    double took = Eventually.since(started);

    Map<String, JsonNode> status = statuses(bootstrap);
    // Entity declarations are refused before parsing; nothing they name is ever requested.
    assertOutcome(status, "/feeds/billion-laughs.xml", "invalid", REFUSED);
    assertOutcome(status, "/feeds/external-entity.xml", "invalid", REFUSED);
    assertOutcome(status, "/sitemaps/billion-laughs.xml", "invalid", REFUSED);
    assertOutcome(status, "/sitemaps/external-entity.xml", "invalid", REFUSED);
    assertThat(site.hits("/secret.txt")).as("requests for the external entity").isZero();
    // A DOCTYPE naming only an external DTD is dropped unread; the feed is read.
    assertOutcome(status, "/feeds/external-dtd.xml", "ok", "1 links");
    assertThat(site.hits("/evil.dtd")).as("requests for the external DTD").isZero();
    // Both gzip bombs stop at the body limit once decoded.
    assertOutcome(status, "/sitemaps/encoded-bomb.xml", "too-large",
        "body longer than " + MAX_BODY + " bytes once decoded from gzip");
    assertOutcome(status, "/sitemaps/bomb.xml.gz", "too-large",
        "gzip sitemap inflates beyond the limit of " + MAX_BODY + " bytes");
    assertOutcome(status, "/articles/bomb.html", "too-large",
        "body longer than " + MAX_BODY + " bytes once decoded from gzip");
    assertOutcome(status, "/articles/loop-a.html", "too-many-redirects", "redirect loop back to");
    // The article under 100,000 nested elements is extracted and published like any other.
    assertOutcome(status, "/articles/deep.html", "ok", "published version 1");
    assertOutcome(status, "/articles/harbour.html", "ok", "published version 1");
    assertOutcome(status, "/articles/ferry.html", "ok", "published version 1");

    Map<String, JsonNode> sources = sourceStatuses(bootstrap);
    assertSource(sources, "/feeds/billion-laughs.xml", "invalid", REFUSED);
    assertSource(sources, "/feeds/external-entity.xml", "invalid", REFUSED);
    assertSource(sources, "/sitemaps/billion-laughs.xml", "invalid", REFUSED);
    assertSource(sources, "/sitemaps/external-entity.xml", "invalid", REFUSED);
    assertSource(sources, "/sitemaps/encoded-bomb.xml", "too-large", "once decoded from gzip");
    assertSource(sources, "/sitemaps/bomb.xml.gz", "too-large", "gzip sitemap inflates beyond");
    assertSource(sources, "/feeds/mixed.xml", "ok", null);
    assertSource(sources, "/articles/deep.html", "ok", null);

    // The WARC: the malformed and the corrupt record cost only themselves, the cut-off end fails
    // the file (exit code 1), and each has its status.
    assertThat(ingest.exitCode()).as("newsflow ingest --warc exit code").isEqualTo(1);
    assertThat(ingest.stderr()).contains("newsflow ingest: " + warc + ": corrupt WARC record "
        + "near offset").contains("the file is truncated");
    assertOutcome(status, "/2026/03/09/not-http", "invalid", "malformed HTTP response");
    assertOutcome(status, "warc:hostile.warc.gz@", "invalid", "corrupt WARC record");
    assertOutcome(status, "warc:hostile.warc.gz", "invalid", "the file is truncated");
    assertOutcome(status, "/2026/03/09/lighthouse", "ok", "published version 1");
    assertOutcome(status, "/2026/03/09/school-garden", "ok", "published version 1");

    List<String> urls = PipelineOutputs.committedValues(bootstrap, enriched).stream()
        .map(a -> a.path("url").asText()).distinct().toList();
    assertThat(urls).containsExactlyInAnyOrder(site.url("/articles/harbour.html"),
        site.url("/articles/ferry.html"), site.url("/articles/deep.html"),
        WarcFiles.SITE + "/2026/03/09/lighthouse", WarcFiles.SITE + "/2026/03/09/school-garden");
    assertThat(PipelineOutputs.jsonlPairs(data.resolve("articles"))).hasSize(5);
    assertThat(PipelineOutputs.brokenLines(data.resolve("articles"))).isEmpty();
    assertThat(PipelineOutputs.committed(bootstrap, "news-dlq-v1")).as("dead letters").isEmpty();

    assertThat(run.alive()).isTrue();
    for (NewsflowProcess p : List.of(run, ingest)) {
      assertThat(p.stderr()).doesNotContain("OutOfMemoryError", "StackOverflowError",
          "Exception in thread");
      assertThat(STACK_FRAME.matcher(p.stderr()).find()).as("a stack trace in the log").isFalse();
    }
    System.out.printf("HostileSourcesIT: 5 articles enriched beside the hostile inputs %.1f s "
        + "from the start; news-fetch-status-v1:%n%s%n", took, String.join("\n", report));
  }

  private List<SourceConfig> sources() {
    List<SourceConfig> sources = new ArrayList<>();
    for (String feed : List.of("/feeds/billion-laughs.xml", "/feeds/external-entity.xml",
        "/feeds/external-dtd.xml", "/feeds/mixed.xml")) {
      sources.add(new SourceConfig(SourceConfig.FEED, site.url(feed), null));
    }
    for (String sitemap : List.of("/sitemaps/billion-laughs.xml",
        "/sitemaps/external-entity.xml", "/sitemaps/encoded-bomb.xml", "/sitemaps/bomb.xml.gz")) {
      sources.add(new SourceConfig(SourceConfig.SITEMAP, site.url(sitemap), null));
    }
    sources.add(new SourceConfig(SourceConfig.PAGE, site.url("/articles/deep.html"), null));
    return sources;
  }

  private void serveHostileSite(CompletableFuture<byte[]> bomb) {
    String secret = site.url("/secret.txt");
    String rssType = "application/rss+xml";
    serve("/feeds/billion-laughs.xml", rssType,
        HostileContent.billionLaughsFeed(site.url("/articles/never-1.html")));
    serve("/feeds/external-entity.xml", rssType,
        HostileContent.externalEntityFeed(secret, site.url("/articles/never-2.html")));
    serve("/feeds/external-dtd.xml", rssType, HostileContent.externalDtdFeed(
        site.url("/evil.dtd"), site.url("/articles/ferry.html")));
    serve("/feeds/mixed.xml", rssType, rss(
        site.url("/articles/harbour.html"), site.url("/articles/bomb.html"),
        site.url("/articles/loop-a.html")));
    serve("/sitemaps/billion-laughs.xml", "application/xml",
        HostileContent.billionLaughsSitemap(site.url("/articles/never-3.html")));
    serve("/sitemaps/external-entity.xml", "application/xml",
        HostileContent.externalEntitySitemap(secret, site.url("/articles/never-4.html")));
    site.route("/sitemaps/encoded-bomb.xml", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LocalSite.send(ex, 200, "application/xml", bomb.join());
    });
    site.route("/sitemaps/bomb.xml.gz",
        ex -> LocalSite.send(ex, 200, "application/gzip", bomb.join()));
    site.route("/articles/bomb.html", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LocalSite.send(ex, 200, "text/html; charset=utf-8", bomb.join());
    });
    site.route("/articles/loop-a.html", ex -> {
      ex.getResponseHeaders().set("Location", "/articles/loop-b.html");
      LocalSite.send(ex, 302, null, new byte[0]);
    });
    site.route("/articles/loop-b.html", ex -> {
      ex.getResponseHeaders().set("Location", "/articles/loop-a.html");
      LocalSite.send(ex, 302, null, new byte[0]);
    });
    site.page("/articles/deep.html", HostileContent.deeplyNestedPage(100_000,
        "Tessaly restores the town well",
        "The council of Tessaly voted on Monday to restore the old town well, dry since the "
            + "floods of last summer, the mayor Ilse Marrow said.",
        "Engineers of the regional water board start in April and expect to finish before the "
            + "harvest festival in September, according to the plan.",
        "Residents who objected to the cost were told the work would be paid from the heritage "
            + "fund rather than from local taxes."));
    site.page("/articles/harbour.html", page("Port Alder dredging starts on Monday",
        "The dredger Marlow starts clearing the harbour mouth of Port Alder on Monday, the "
            + "harbour master Tomas Brekke said.",
        "Fishing boats will use the north quay until the work ends in three weeks.",
        "Residents of the quay asked Saltmarsh Lines for quiet hours at night."));
    site.page("/articles/ferry.html", page("Night ferry to Wrenfield approved",
        "The harbour council voted seven to two for a night ferry between Calder Bay and "
            + "Wrenfield, the council chair Delia Marsh said.",
        "Kestrel Freight will run the service from May on a two-year trial.",
        "The ferry leaves Calder Bay at eleven and returns before dawn."));
  }

  private Path hostileWarc() {
    return new WarcFiles()
        .capture("/2026/03/09/lighthouse", MONDAY, page("Eastmere lighthouse relit",
            "The Eastmere lighthouse was lit again on Sunday after two years of repairs, the "
                + "Alder Civic Trust said.",
            "Its keeper Oren Vale climbed the 212 steps to start the new lamp at dusk."))
        .malformedResponse("/2026/03/09/not-http", MONDAY)
        .corruptRecord("/2026/03/09/corrupt", MONDAY)
        .capture("/2026/03/09/school-garden", MONDAY, page("Lindholm school garden opens",
            "Pupils of the Lindholm primary school opened their garden on Monday with forty new "
                + "apple trees, the head teacher Sofia Lund said.",
            "Northgate Water gave the rain barrels."))
        .cutOff("/2026/03/09/cut-off", MONDAY, page("A capture that never ends",
            "This record was cut off halfway when the crawl was interrupted."))
        .write(dir.resolve("hostile.warc.gz"));
  }

  private void serve(String path, String contentType, String body) {
    site.route(path, ex -> LocalSite.send(ex, 200, contentType, LocalSite.bytes(body)));
  }

  private NewsflowProcess start(String name, String heap, String... args) {
    NewsflowProcess p = NewsflowProcess.start(LOGS, name, heap, args);
    processes.add(p);
    return p;
  }

  /**
   * The last fetch status of each URL, keyed by the URL's path for the local site's and the WARC's
   * pages, and whole for keys that are not http URLs ({@code warc:...}).
   */
  private static Map<String, JsonNode> statuses(String bootstrap) {
    Map<String, JsonNode> last = new LinkedHashMap<>();
    for (JsonNode s : PipelineOutputs.committedValues(bootstrap, "news-fetch-status-v1")) {
      last.put(pathOf(s.path("url").asText()), s);
    }
    return last;
  }

  private static Map<String, JsonNode> sourceStatuses(String bootstrap) {
    Map<String, JsonNode> last = new LinkedHashMap<>();
    for (JsonNode s : PipelineOutputs.committedValues(bootstrap, "news-source-status-v1")) {
      last.put(pathOf(s.path("url").asText()), s);
    }
    return last;
  }

  private static String pathOf(String url) {
    if (!url.startsWith("http")) {
      return url.matches("warc:.*@\\d+") ? url.substring(0, url.indexOf('@') + 1) : url;
    }
    return URI.create(url).getRawPath();
  }

  private void assertOutcome(Map<String, JsonNode> statuses, String key, String outcome,
      String reason) {
    JsonNode s = Optional.ofNullable(statuses.get(key))
        .orElseThrow(() -> new AssertionError("no status for " + key + " in " + statuses.keySet()));
    assertThat(s.path("outcome").asText()).as("outcome of %s: %s", key, s).isEqualTo(outcome);
    assertThat(s.path("reason").asText()).as("reason of %s", key).contains(reason);
    report.add(String.format("  %-30s %-18s %s", key, outcome, s.path("reason").asText()));
  }

  private static void assertSource(Map<String, JsonNode> sources, String path, String outcome,
      String error) {
    JsonNode s = Optional.ofNullable(sources.get(path))
        .orElseThrow(() -> new AssertionError("no source status for " + path));
    assertThat(s.path("lastOutcome").asText()).as("last outcome of %s: %s", path, s)
        .isEqualTo(outcome);
    if (error != null) {
      assertThat(s.path("lastError").asText()).as("last error of %s", path).contains(error);
    } else {
      assertThat(s.path("lastError").isMissingNode() || s.path("lastError").isNull())
          .as("no error for %s: %s", path, s).isTrue();
    }
  }
}
