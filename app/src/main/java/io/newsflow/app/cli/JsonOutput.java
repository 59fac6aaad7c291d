package io.newsflow.app.cli;

import io.newsflow.core.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Where {@code extract} and {@code annotate} write: one {@code <name>.json} per input in the out
 * folder, or stdout (pretty JSON for one input, one JSON object per line for several).
 */
final class JsonOutput {
  private final Path dir;
  private final PrintStream out;
  private final boolean single;
  private final Set<String> used = new HashSet<>();

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
      name = unique(name);
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

  /** Two inputs with one name ("a/index.html", "b/index.html") must not overwrite each other. */
  private String unique(String name) {
    String candidate = name;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = name + "-" + n;
    }
    return candidate;
  }
}
