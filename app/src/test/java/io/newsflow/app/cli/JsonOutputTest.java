package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonOutputTest {
  @TempDir Path dir;

  @Test
  void inputsWithTheSameNameGetTheirOwnFiles() throws Exception {
    JsonOutput output = new JsonOutput(dir, System.out, false);

    output.write("index", Map.of("url", "https://a.example/index.html"));
    output.write("index", Map.of("url", "https://b.example/index.html"));
    output.write("index", Map.of("url", "https://c.example/index.html"));

    assertThat(Files.readString(dir.resolve("index.json"))).contains("a.example");
    assertThat(Files.readString(dir.resolve("index-2.json"))).contains("b.example");
    assertThat(Files.readString(dir.resolve("index-3.json"))).contains("c.example");
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void severalInputsOnStdoutAreOneJsonObjectPerLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonOutput output = new JsonOutput(null, new PrintStream(bytes, true, StandardCharsets.UTF_8),
        false);

    output.write("a", Map.of("n", 1));
    output.write("a", Map.of("n", 2));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly("{\"n\":1}",
        "{\"n\":2}");
  }
}
