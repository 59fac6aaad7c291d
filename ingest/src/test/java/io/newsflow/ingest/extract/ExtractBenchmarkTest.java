package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractBenchmarkTest {

  @Test
  void extractsEveryHtmlFileOfTheFolderAndReportsTheRate(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("a.html"), Fixtures.bytes("news-article.html"));
    Files.write(dir.resolve("b.html"), Fixtures.bytes("meta-only.html"));
    Files.writeString(dir.resolve("notes.txt"), "not a page");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ExtractBenchmark.Result r = ExtractBenchmark.run(dir, 1, new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(r.pages()).isEqualTo(2);
    assertThat(r.textChars()).isPositive();
    assertThat(r.pagesPerSecond()).isPositive();
    assertThat(r.p99Millis()).isGreaterThanOrEqualTo(r.p50Millis());
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("pages/s").contains("p50").contains("p99");
  }

  @Test
  void reportsNothingForAFolderWithoutPages(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ExtractBenchmark.Result r = ExtractBenchmark.run(dir, 1, new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(r.pages()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("no .html files");
  }
}
