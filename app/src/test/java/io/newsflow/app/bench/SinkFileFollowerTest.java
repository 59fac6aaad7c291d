package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkFileFollowerTest {
  private static final String BASE = "articles-2026-12-07-10-0001";

  @TempDir Path dir;
  private final List<String> lines = new ArrayList<>();

  @Test
  void eachWholeLineIsHandedOverOnceWhateverStateItsFileIsIn() throws IOException {
    SinkFileFollower follower = new SinkFileFollower(dir);
    Path open = dir.resolve(BASE + ".jsonl.open");
    append(open, "{\"a\":1}\n{\"a\":");
    assertThat(poll(follower)).isEqualTo(1);
    append(open, "2}\n");
    assertThat(poll(follower)).isEqualTo(1);
    // Closed: the last line appended, then the file renamed (and never appended to again).
    Path closed = dir.resolve(BASE + ".jsonl");
    append(open, "{\"a\":3}\n");
    Files.move(open, closed);
    assertThat(poll(follower)).isEqualTo(1);
    // Compressed: the plain file goes, the .gz holds the same bytes.
    byte[] all = Files.readAllBytes(closed);
    try (OutputStream gz = new GZIPOutputStream(
        Files.newOutputStream(dir.resolve(BASE + ".jsonl.gz")))) {
      gz.write(all);
    }
    Files.delete(closed);
    assertThat(poll(follower)).isZero();
    assertThat(lines).containsExactly("{\"a\":1}", "{\"a\":2}", "{\"a\":3}");
  }

  @Test
  void linesWrittenJustBeforeCompressionAreReadFromTheCompressedFile() throws IOException {
    SinkFileFollower follower = new SinkFileFollower(dir);
    Path open = dir.resolve(BASE + ".jsonl.open");
    append(open, "{\"a\":1}\n");
    poll(follower);
    append(open, "{\"a\":2}\n");
    byte[] all = Files.readAllBytes(open);
    try (OutputStream gz = new GZIPOutputStream(
        Files.newOutputStream(dir.resolve(BASE + ".jsonl.gz")))) {
      gz.write(all);
    }
    Files.delete(open);
    Files.writeString(dir.resolve("articles-2026-12-07-10-0002.jsonl.gz.part"), "partial");
    assertThat(poll(follower)).isEqualTo(1);
    assertThat(lines).containsExactly("{\"a\":1}", "{\"a\":2}");
  }

  @Test
  void aMissingDirectoryHasNoLinesYet() throws IOException {
    assertThat(new SinkFileFollower(dir.resolve("articles")).poll(l -> lines.add("x"))).isZero();
  }

  private int poll(SinkFileFollower follower) throws IOException {
    return follower.poll(l -> lines.add(new String(l, StandardCharsets.UTF_8)));
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
