package io.newsflow.sink.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlFileTest {
  private static final JsonlFileName NAME =
      new JsonlFileName(LocalDateTime.parse("2031-03-14T10:00"), 1);

  @TempDir Path dir;

  @Test
  void aFailedAppendIsCutBackToTheLastSyncedLine() throws IOException {
    JsonlFile file = JsonlFile.create(dir, NAME);
    append(file, "{\"id\":\"a\"}\n");
    file.sync();
    append(file, "{\"id\":\"b\",\"ti");
    file.rollBack();
    append(file, "{\"id\":\"c\"}\n");
    Path closed = file.close();
    assertThat(Files.readString(closed)).isEqualTo("{\"id\":\"a\"}\n{\"id\":\"c\"}\n");
  }

  @Test
  void closingRenamesTheOpenFileAndLeavesNoOpenFileBehind() throws IOException {
    JsonlFile file = JsonlFile.create(dir, NAME);
    append(file, "{}\n");
    Path closed = file.close();
    assertThat(closed.getFileName().toString()).isEqualTo(NAME.closed());
    assertThat(Files.exists(dir.resolve(NAME.open()))).isFalse();
  }

  private static void append(JsonlFile file, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    file.append(bytes, bytes.length);
  }
}
