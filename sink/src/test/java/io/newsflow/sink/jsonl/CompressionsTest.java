package io.newsflow.sink.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.sink.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionsTest {
  private static final JsonlFileName NAME =
      new JsonlFileName(LocalDateTime.parse("2031-03-14T10:00"), 1);

  @TempDir Path dir;

  @Test
  void aFileThatCannotBeCompressedStaysWholeAndIsCompressedOnALaterTry() throws IOException {
    Files.writeString(dir.resolve(NAME.closed()), "{\"id\":\"a\"}\n");
    // Something in the way of the .part file stands for a full disk: the gzip cannot be written.
    Path blocker = Files.createDirectories(dir.resolve(NAME.gzipPart()));
    Files.writeString(blocker.resolve("x"), "x");
    Compressions compressions = new Compressions(dir);

    compressions.compress(NAME);
    assertThat(compressions.pending()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve(NAME.closed()))).isEqualTo("{\"id\":\"a\"}\n");
    assertThat(dir.resolve(NAME.gzip())).doesNotExist();

    compressions.retry();
    assertThat(compressions.pending()).as("still in the way").isEqualTo(1);

    Files.delete(blocker.resolve("x"));
    Files.delete(blocker);
    compressions.retry();
    assertThat(compressions.pending()).isZero();
    assertThat(dir.resolve(NAME.closed())).doesNotExist();
    assertThat(gunzip(dir.resolve(NAME.gzip()))).isEqualTo("{\"id\":\"a\"}\n");
  }

  @Test
  void aSinkWhoseRotationCannotCompressGoesOnWritingAndCompressesLater() throws IOException {
    MutableClock clock = new MutableClock(Instant.parse("2031-03-14T10:30:00Z"));
    try (JsonlSink sink = new JsonlSink(dir, 1, true, clock)) {
      // A limit of one byte closes each file after its first line.
      sink.write(List.of(Fixtures.norvane("a1", 1)));
      Path blocker = Files.createDirectories(dir.resolve(NAME.gzipPart()));
      Files.writeString(blocker.resolve("x"), "x");
      sink.write(List.of(Fixtures.simple("b1", 1)));
      assertThat(names()).contains(NAME.closed(), "articles-2031-03-14-10-0002.jsonl.open");

      Files.delete(blocker.resolve("x"));
      Files.delete(blocker);
      sink.idle();
      assertThat(names()).contains(NAME.gzip()).doesNotContain(NAME.closed());
    }
    assertThat(gunzip(dir.resolve(NAME.gzip())).lines()).hasSize(1);
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
