package io.newsflow.sink.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.error.ConfigException;
import io.newsflow.core.json.JsonSerde;
import io.newsflow.sink.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSinkTest {
  private static final Instant TEN_FIFTY_NINE = Instant.parse("2031-03-14T10:59:00Z");
  private final JsonSerde<EnrichedArticle> serde = new JsonSerde<>(EnrichedArticle.class);
  private final MutableClock clock = new MutableClock(TEN_FIFTY_NINE);

  @TempDir Path dir;

  @Test
  void eachArticleIsOneLineOfTheTopicJson() throws IOException {
    EnrichedArticle a = Fixtures.norvane("a1", 1);
    EnrichedArticle b = Fixtures.simple("b1", 1);
    try (JsonlSink sink = new JsonlSink(dir, 1 << 20, false, clock)) {
      sink.write(List.of(a, b));
    }
    List<String> lines = Files.readAllLines(dir.resolve("articles-2031-03-14-10-0001.jsonl"));
    assertThat(lines).containsExactly(json(a), json(b));
    assertThat(serde.deserialize(lines.get(0).getBytes(StandardCharsets.UTF_8))).isEqualTo(a);
  }

  @Test
  void whileBeingWrittenAFileIsNamedOpenAndHoldsOnlyWholeLines() throws IOException {
    try (JsonlSink sink = new JsonlSink(dir, 1 << 20, true, clock)) {
      sink.write(List.of(Fixtures.norvane("a1", 1), Fixtures.simple("b1", 1)));
      assertThat(names()).containsExactly("articles-2031-03-14-10-0001.jsonl.open");
      String content = Files.readString(dir.resolve("articles-2031-03-14-10-0001.jsonl.open"));
      assertThat(content).endsWith("\n");
      assertThat(content.lines()).hasSize(2);
    }
  }

  @Test
  void aNewUtcHourStartsANewFileAndClosesThePreviousOne() throws IOException {
    try (JsonlSink sink = new JsonlSink(dir, 1 << 20, true, clock)) {
      sink.write(List.of(Fixtures.norvane("a1", 1)));
      clock.advance(Duration.ofMinutes(2));
      sink.write(List.of(Fixtures.simple("b1", 1)));
      assertThat(names())
          .containsExactly(
              "articles-2031-03-14-10-0001.jsonl.gz", "articles-2031-03-14-11-0001.jsonl.open");
    }
    assertThat(linesOf(dir.resolve("articles-2031-03-14-10-0001.jsonl.gz")))
        .containsExactly(json(Fixtures.norvane("a1", 1)));
  }

  @Test
  void idleClosesTheFileOfAnHourThatHasEnded() throws IOException {
    try (JsonlSink sink = new JsonlSink(dir, 1 << 20, true, clock)) {
      sink.write(List.of(Fixtures.norvane("a1", 1)));
      sink.idle();
      assertThat(names()).containsExactly("articles-2031-03-14-10-0001.jsonl.open");
      clock.advance(Duration.ofMinutes(1));
      sink.idle();
      assertThat(names()).containsExactly("articles-2031-03-14-10-0001.jsonl.gz");
    }
  }

  @Test
  void aFileIsRotatedBeforeItWouldExceedTheMaximumSize() throws IOException {
    List<EnrichedArticle> articles = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      articles.add(Fixtures.simple("s" + i, 1));
    }
    long twoLines = 2L * (json(articles.get(0)).length() + 1) + 10;
    try (JsonlSink sink = new JsonlSink(dir, twoLines, false, clock)) {
      sink.write(articles);
    }
    assertThat(names())
        .containsExactly(
            "articles-2031-03-14-10-0001.jsonl",
            "articles-2031-03-14-10-0002.jsonl",
            "articles-2031-03-14-10-0003.jsonl");
    for (String name : names()) {
      assertThat(Files.size(dir.resolve(name))).isLessThanOrEqualTo(twoLines);
    }
    assertThat(allLines()).containsExactlyElementsOf(articles.stream().map(this::json).toList());
  }

  @Test
  void anArticleLargerThanTheMaximumSizeGetsAFileOfItsOwn() throws IOException {
    try (JsonlSink sink = new JsonlSink(dir, 10, false, clock)) {
      sink.write(List.of(Fixtures.simple("s1", 1), Fixtures.simple("s2", 1)));
    }
    assertThat(names()).hasSize(2);
    assertThat(allLines()).hasSize(2);
  }

  @Test
  void closedFilesAreGzipCompressedAndThePlainOnesRemoved() throws IOException {
    EnrichedArticle a = Fixtures.norvane("a1", 1);
    try (JsonlSink sink = new JsonlSink(dir, 1 << 20, true, clock)) {
      sink.write(List.of(a));
    }
    assertThat(names()).containsExactly("articles-2031-03-14-10-0001.jsonl.gz");
    assertThat(linesOf(dir.resolve("articles-2031-03-14-10-0001.jsonl.gz"))).containsExactly(json(a));
  }

  @Test
  void aNewRunContinuesTheHourWithTheNextSequenceNumber() throws IOException {
    try (JsonlSink sink = new JsonlSink(dir, 1 << 20, true, clock)) {
      sink.write(List.of(Fixtures.norvane("a1", 1)));
    }
    try (JsonlSink sink = new JsonlSink(dir, 1 << 20, true, clock)) {
      sink.write(List.of(Fixtures.simple("b1", 1)));
    }
    assertThat(names())
        .containsExactly(
            "articles-2031-03-14-10-0001.jsonl.gz", "articles-2031-03-14-10-0002.jsonl.gz");
  }

  @Test
  void aPartialLineLeftByACrashIsCutOffAtStartUp() throws IOException {
    EnrichedArticle a = Fixtures.norvane("a1", 1);
    EnrichedArticle b = Fixtures.simple("b1", 1);
    JsonlSink crashed = new JsonlSink(dir, 1 << 20, true, clock);
    crashed.write(List.of(a, b));
    crashed.halt();
    Path open = dir.resolve("articles-2031-03-14-10-0001.jsonl.open");
    Files.writeString(open, json(Fixtures.simple("c1", 1)).substring(0, 40),
        StandardOpenOption.APPEND);

    new JsonlSink(dir, 1 << 20, true, clock).close();

    assertThat(names()).containsExactly("articles-2031-03-14-10-0001.jsonl.gz");
    assertThat(linesOf(dir.resolve("articles-2031-03-14-10-0001.jsonl.gz")))
        .containsExactly(json(a), json(b));
  }

  @Test
  void anOpenFileWithNoCompleteLineIsEmptiedAtStartUp() throws IOException {
    Files.writeString(dir.resolve("articles-2031-03-14-10-0001.jsonl.open"), "{\"schemaVers");
    new JsonlSink(dir, 1 << 20, false, clock).close();
    assertThat(Files.readString(dir.resolve("articles-2031-03-14-10-0001.jsonl"))).isEmpty();
  }

  @Test
  void aBatchWrittenAgainAfterACrashRepeatsIdenticalLines() throws IOException {
    List<EnrichedArticle> batch = List.of(Fixtures.norvane("a1", 2), Fixtures.simple("b1", 1));
    JsonlSink crashed = new JsonlSink(dir, 1 << 20, true, clock);
    crashed.write(batch);
    crashed.halt();
    // Not committed before the crash: Kafka delivers the batch again.
    try (JsonlSink restarted = new JsonlSink(dir, 1 << 20, true, clock)) {
      restarted.write(batch);
    }
    List<String> lines = allLines();
    assertThat(lines).hasSize(4);
    assertThat(lines.stream().distinct().toList())
        .containsExactly(json(batch.get(0)), json(batch.get(1)));
  }

  @Test
  void anInterruptedCompressionIsDoneAgainAtStartUp() throws IOException {
    EnrichedArticle a = Fixtures.norvane("a1", 1);
    Files.writeString(dir.resolve("articles-2031-03-14-09-0001.jsonl"), json(a) + "\n");
    Files.write(dir.resolve("articles-2031-03-14-09-0001.jsonl.gz.part"), new byte[] {31, -117, 8});

    new JsonlSink(dir, 1 << 20, true, clock).close();

    assertThat(names()).containsExactly("articles-2031-03-14-09-0001.jsonl.gz");
    assertThat(linesOf(dir.resolve("articles-2031-03-14-09-0001.jsonl.gz"))).containsExactly(json(a));
  }

  @Test
  void aPlainFileWhoseCompressedCopyIsCompleteIsRemovedAtStartUp() throws IOException {
    String line = json(Fixtures.norvane("a1", 1));
    Files.writeString(dir.resolve("articles-2031-03-14-09-0001.jsonl"), line + "\n");
    try (GZIPOutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("articles-2031-03-14-09-0001.jsonl.gz")))) {
      gz.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    new JsonlSink(dir, 1 << 20, true, clock).close();
    assertThat(names()).containsExactly("articles-2031-03-14-09-0001.jsonl.gz");
  }

  @Test
  void aSecondSinkOnTheSameDirectoryIsRefused() {
    try (JsonlSink first = new JsonlSink(dir, 1 << 20, true, clock)) {
      assertThatThrownBy(() -> new JsonlSink(dir, 1 << 20, true, clock))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining(dir.toString());
    }
  }

  @Test
  void otherFilesInTheDirectoryAreLeftAlone() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "keep me");
    try (JsonlSink sink = new JsonlSink(dir, 1 << 20, true, clock)) {
      sink.write(List.of(Fixtures.simple("b1", 1)));
    }
    assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("keep me");
  }

  private String json(EnrichedArticle a) {
    return new String(serde.serialize(a), StandardCharsets.UTF_8);
  }

  /** Our files, sorted, without the lock file. */
  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("articles-"))
          .sorted()
          .toList();
    }
  }

  private List<String> allLines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String name : names()) {
      lines.addAll(linesOf(dir.resolve(name)));
    }
    return lines;
  }

  private static List<String> linesOf(Path file) throws IOException {
    try (InputStream in = file.toString().endsWith(".gz")
        ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
