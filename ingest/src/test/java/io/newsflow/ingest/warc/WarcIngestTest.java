package io.newsflow.ingest.warc;

import static io.newsflow.ingest.testing.Articles.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.status.FetchOutcome;
import io.newsflow.core.status.FetchStatus;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.publish.PublishException;
import io.newsflow.ingest.testing.CrawlHarness;
import io.newsflow.ingest.testing.ParagraphExtractor;
import io.newsflow.ingest.testing.WarcFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class WarcIngestTest {
  private static final Instant MONDAY = Instant.parse("2026-03-09T07:30:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-03-10T07:30:00Z");
  private static final String FERRY =
      page("Night ferry approved", "The harbour council voted 7 to 2 for a night ferry.");
  private static final String BRIDGE =
      page("Bridge repairs start", "Two lanes of the Tamsin bridge close from Monday.");

  @TempDir Path dir;
  private final CrawlHarness harness = CrawlHarness.withDefaults();
  private final List<WarcProgress> reports = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    harness.close();
  }

  private WarcIngest ingest(ArticleExtractor extractor, Duration progressEvery) {
    return new WarcIngest(harness.config.ingest(), extractor, harness.publisher, harness.states,
        harness.registry, Clock.systemUTC(), progressEvery);
  }

  private WarcIngest.Result run(Path... files) {
    return ingest(new ParagraphExtractor(), Duration.ofSeconds(10)).ingest(List.of(files),
        reports::add);
  }

  private Path mondayCrawl() {
    return new WarcFiles()
        .capture("/2026/03/09/ferry", MONDAY, FERRY)
        .capture("/2026/03/09/bridge", MONDAY, BRIDGE)
        .write(dir.resolve("CC-NEWS-20260309.warc.gz"));
  }

  @Test
  void articlesArePublishedWithTheWarcDateAndTheFileAsSource() {
    WarcIngest.Result result = run(mondayCrawl());

    assertThat(result.published()).isEqualTo(2);
    assertThat(harness.articles()).allSatisfy(article -> {
      assertThat(article.source()).isEqualTo("warc:CC-NEWS-20260309.warc.gz");
      assertThat(article.fetchedAt()).isEqualTo(MONDAY);
      assertThat(article.version()).isEqualTo(1);
      assertThat(article.updated()).isFalse();
    });
    assertThat(harness.articles()).extracting(RawArticle::url).containsExactlyInAnyOrder(
        WarcFiles.SITE + "/2026/03/09/ferry", WarcFiles.SITE + "/2026/03/09/bridge");
  }

  @Test
  void everyPageGetsAStatusRecord() {
    run(mondayCrawl());

    assertThat(harness.statuses()).extracting(FetchStatus::outcome)
        .containsExactly(FetchOutcome.OK, FetchOutcome.OK);
  }

  @Test
  void rerunningTheSameWarcPublishesNothing() {
    Path warc = mondayCrawl();
    run(warc);
    harness.forgetPublished();

    WarcIngest.Result again = run(warc);

    assertThat(again.published()).isZero();
    assertThat(again.skipped(SkipReason.UNCHANGED)).isEqualTo(2);
    assertThat(harness.articles()).isEmpty();
  }

  @Test
  void changedCaptureInALaterWarcIsPublishedAsTheNextVersion() {
    run(mondayCrawl());
    Path tuesday = new WarcFiles()
        .capture("/2026/03/09/ferry", TUESDAY,
            page("Night ferry approved", "The harbour council voted 7 to 2 for a night ferry.",
                "The first crossing is on April 2."))
        .capture("/2026/03/09/bridge", TUESDAY, BRIDGE)
        .write(dir.resolve("CC-NEWS-20260310.warc.gz"));
    harness.forgetPublished();

    WarcIngest.Result result = run(tuesday);

    assertThat(result.published()).isEqualTo(1);
    assertThat(result.skipped(SkipReason.UNCHANGED)).isEqualTo(1);
    RawArticle update = harness.articles().get(0);
    assertThat(update.version()).isEqualTo(2);
    assertThat(update.updated()).isTrue();
    assertThat(update.fetchedAt()).isEqualTo(TUESDAY);
  }

  @Test
  void twoCapturesOfOneUrlInOneWarcBecomeTwoVersionsAndARerunPublishesNeither() {
    Path warc = new WarcFiles()
        .capture("/2026/03/09/ferry", MONDAY, FERRY)
        .capture("/2026/03/09/ferry", TUESDAY,
            page("Night ferry approved", "The harbour council voted 7 to 2 for a night ferry.",
                "Update: tickets go on sale Friday."))
        .write(dir.resolve("two-captures.warc.gz"));

    WarcIngest.Result first = run(warc);
    harness.forgetPublished();
    WarcIngest.Result second = run(warc);

    assertThat(first.published()).isEqualTo(2);
    assertThat(second.published()).isZero();
    assertThat(second.skipped(SkipReason.OLDER_CAPTURE)).isEqualTo(1);
    assertThat(second.skipped(SkipReason.UNCHANGED)).isEqualTo(1);
  }

  @Test
  void captureOlderThanThePublishedVersionIsPassedOver() {
    run(new WarcFiles().capture("/2026/03/09/ferry", TUESDAY, FERRY)
        .write(dir.resolve("tuesday.warc.gz")));
    harness.forgetPublished();

    WarcIngest.Result result = run(new WarcFiles()
        .capture("/2026/03/09/ferry", MONDAY, page("Night ferry debated", "An early draft."))
        .write(dir.resolve("monday.warc.gz")));

    assertThat(result.published()).isZero();
    assertThat(result.skipped(SkipReason.OLDER_CAPTURE)).isEqualTo(1);
  }

  @Test
  void recordsThatPublishNothingAreCountedByReason() {
    Path warc = new WarcFiles()
        .capture("/2026/03/09/ferry", MONDAY, FERRY)
        .response("/logo.png", MONDAY, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n",
            new byte[] {(byte) 0x89, 'P', 'N', 'G'})
        .response("/gone", MONDAY, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n",
            WarcFiles.bytes("<p>gone</p>"))
        .response("/mislabelled", MONDAY, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n",
            new byte[] {0, 1, 2, 3, 0, 5, 6, 7, 8, 0})
        .response("/contact", MONDAY, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n",
            WarcFiles.bytes("<html><body>Write to us</body></html>"))
        .write(dir.resolve("mixed.warc.gz"));

    WarcIngest.Result result = run(warc);

    assertThat(result.published()).isEqualTo(1);
    assertThat(result.pages()).isEqualTo(3);
    // warcinfo, request, metadata
    assertThat(result.skipped(SkipReason.NOT_RESPONSE)).isEqualTo(3);
    assertThat(result.skipped(SkipReason.NOT_HTML)).isEqualTo(1);
    assertThat(result.skipped(SkipReason.NOT_OK_STATUS)).isEqualTo(1);
    assertThat(result.skipped(SkipReason.BINARY)).isEqualTo(1);
    assertThat(result.skipped(SkipReason.NOT_ARTICLE)).isEqualTo(1);
    assertThat(result.records()).isEqualTo(8);
  }

  @Test
  void extractorFailureIsDeadLetteredAndTheRunGoesOn() {
    ArticleExtractor failsOnBridge = (page, url) -> {
      if (url.contains("bridge")) {
        throw new IllegalStateException("extractor bug");
      }
      return new ParagraphExtractor().extract(page, url);
    };

    WarcIngest.Result result = ingest(failsOnBridge, Duration.ofSeconds(10))
        .ingest(List.of(mondayCrawl()), reports::add);

    assertThat(result.published()).isEqualTo(1);
    assertThat(result.skipped(SkipReason.EXTRACT_FAILED)).isEqualTo(1);
    assertThat(harness.deadLetters()).singleElement()
        .satisfies(letter -> assertThat(letter.stage()).isEqualTo("ingest.extract"));
  }

  @Test
  void unreadableFileIsReportedAndTheNextFileIsRead() throws Exception {
    Path corrupt = new WarcFiles()
        .capture("/2026/03/09/school", MONDAY, page("School garden opens", "Forty trees."))
        .write(dir.resolve("corrupt.warc.gz"));
    Files.write(corrupt, WarcFiles.bytes("GARBAGE that is not a WARC header\r\n\r\n"),
        StandardOpenOption.APPEND);
    Path missing = dir.resolve("missing.warc.gz");

    WarcIngest.Result result = run(corrupt, missing, mondayCrawl());

    assertThat(result.failedFiles()).containsOnlyKeys(corrupt, missing);
    assertThat(result.files()).isEqualTo(3);
    // The article before the corruption, then both of the good file.
    assertThat(result.published()).isEqualTo(3);
  }

  @Test
  void damagedRecordsGetStatusRecordsAndThePagesAroundThemArePublished() {
    Path warc = new WarcFiles()
        .capture("/2026/03/09/ferry", MONDAY, FERRY)
        .malformedResponse("/2026/03/09/not-http", MONDAY)
        .corruptRecord("/2026/03/09/corrupt", MONDAY)
        .capture("/2026/03/09/bridge", MONDAY, BRIDGE)
        .cutOff("/2026/03/09/cut", MONDAY, page("Cut off", "This capture never ends."))
        .write(dir.resolve("damaged.warc.gz"));

    WarcIngest.Result result = run(warc);

    assertThat(result.published()).isEqualTo(2);
    assertThat(result.skipped(SkipReason.MALFORMED_HTTP)).isEqualTo(1);
    assertThat(result.skipped(SkipReason.MALFORMED_RECORD)).isEqualTo(1);
    assertThat(result.failedFiles()).containsOnlyKeys(warc);
    assertThat(result.failedFiles().get(warc)).contains("the file is truncated");
    List<FetchStatus> damaged = harness.statuses().stream()
        .filter(s -> s.outcome() == FetchOutcome.INVALID).toList();
    assertThat(damaged).hasSize(3);
    assertThat(damaged.get(0).url()).isEqualTo(WarcFiles.SITE + "/2026/03/09/not-http");
    assertThat(damaged.get(0).reason()).startsWith("malformed HTTP response");
    assertThat(damaged.get(1).url()).startsWith("warc:damaged.warc.gz@");
    assertThat(damaged.get(1).reason()).startsWith("corrupt WARC record");
    assertThat(damaged.get(2).url()).isEqualTo("warc:damaged.warc.gz");
    assertThat(damaged.get(2).reason()).contains("cannot read", "the file is truncated");
    assertThat(damaged).allSatisfy(s -> assertThat(s.source()).isEqualTo("warc:damaged.warc.gz"));
  }

  @Test
  void articleTooLargeForTheBrokerIsSkipped() {
    harness.producer.sendException = new RecordTooLargeException("too large");

    WarcIngest.Result result = run(mondayCrawl());

    assertThat(result.published()).isZero();
    assertThat(result.skipped(SkipReason.TOO_LARGE)).isEqualTo(2);
    harness.producer.sendException = null;
    assertThat(run(mondayCrawl()).published()).isEqualTo(2);
  }

  @Test
  void brokerRefusingArticlesEndsTheRun() {
    harness.producer.sendException = new TimeoutException("broker unavailable");

    assertThatThrownBy(() -> run(mondayCrawl())).isInstanceOf(PublishException.class);

    harness.producer.sendException = null;
    assertThat(run(mondayCrawl()).published()).isEqualTo(2);
  }

  @Test
  void progressIsReportedPeriodicallyAndOnceAtTheEnd() {
    WarcFiles many = new WarcFiles();
    for (int i = 0; i < 200; i++) {
      many.capture("/2026/03/09/story-" + i, MONDAY,
          page("Story " + i, "Paragraph " + i + " of a long fictional crawl."));
    }
    Path warc = many.write(dir.resolve("many.warc.gz"));
    ArticleExtractor slow = (page, url) -> {
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new ParagraphExtractor().extract(page, url);
    };

    WarcIngest.Result result = ingest(slow, Duration.ofMillis(50)).ingest(List.of(warc),
        reports::add);

    assertThat(reports).filteredOn(r -> !r.done()).isNotEmpty();
    assertThat(reports).filteredOn(WarcProgress::done).singleElement().satisfies(last -> {
      assertThat(last.published()).isEqualTo(200);
      assertThat(last.records()).isEqualTo(result.records()).isEqualTo(601);
      assertThat(last.filesDone()).isEqualTo(1);
      assertThat(last.recordsPerSecond()).isPositive();
      assertThat(last.skipped()).containsEntry(SkipReason.NOT_RESPONSE, 401L);
    });
    assertThat(reports.get(reports.size() - 1).done()).isTrue();
  }
}
