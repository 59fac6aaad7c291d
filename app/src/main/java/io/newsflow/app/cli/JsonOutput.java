package io.newsflow.app.cli;

import io.newsflow.core.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code extract} and {@code annotate} write: one {@code <name>.json} per input in the out
 * folder, or stdout (pretty JSON for one input, one JSON object per line for several).
 */
final class JsonOutput {
  private final Path dir;
  private final PrintStream out;
  private final boolean single;

  JsonOutput(Path dir, PrintStream out, boolean single) throws IOException {
    this.dir = dir;
    this.out = out;
    this.single = single;
    if (dir != null) {
      Files.createDirectories(dir);
    }
  }

  void write(String name, Object value) throws IOException {
    if (dir != null) {
      Path target = dir.resolve(name + ".json");
      Path tmp = dir.resolve(name + ".json.tmp");
      Files.writeString(tmp, Json.writePretty(value));
      Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } else if (single) {
      out.println(Json.writePretty(value));
    } else {
      out.println(Json.write(value));
    }
  }
}
