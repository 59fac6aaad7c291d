package io.newsflow.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The soak's rows written to the {@code --out} file as they come: JSON Lines with the summary as
 * the last line, or CSV (rows only) when the file name ends in {@code .csv}.
 */
final class SoakRowsFile implements AutoCloseable {
  private final PrintStream file;
  private final boolean csv;
  private final ObjectMapper json;
  private boolean header;

  private SoakRowsFile(PrintStream file, boolean csv, ObjectMapper json) {
    this.file = file;
    this.csv = csv;
    this.json = json;
  }

  static SoakRowsFile open(Path path, ObjectMapper json) throws IOException {
    if (path == null) {
      return new SoakRowsFile(null, false, json);
    }
    if (path.toAbsolutePath().getParent() != null) {
      Files.createDirectories(path.toAbsolutePath().getParent());
    }
    boolean csv = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    return new SoakRowsFile(new PrintStream(Files.newOutputStream(path), false,
        StandardCharsets.UTF_8), csv, json);
  }

  void row(SoakRow row) throws IOException {
    if (file == null) {
      return;
    }
    Map<String, Object> fields = row.fields();
    if (csv) {
      if (!header) {
        file.println(String.join(",", fields.keySet()));
        header = true;
      }
      file.println(fields.values().stream().map(v -> v == null ? "" : String.valueOf(v))
          .reduce((a, b) -> a + "," + b).orElse(""));
    } else {
      file.println(json.writeValueAsString(fields));
    }
    file.flush();
    if (file.checkError()) {
      throw new UncheckedIOException(new IOException("cannot write the soak's rows"));
    }
  }

  /** The summary, as a last JSON line; a CSV file holds the rows only. */
  void summary(Map<String, Object> summary) throws IOException {
    if (file != null && !csv) {
      file.println(json.writeValueAsString(summary));
      file.flush();
    }
  }

  @Override
  public void close() {
    if (file != null) {
      file.close();
    }
  }
}
