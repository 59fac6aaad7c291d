package io.newsflow.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The inputs of {@code extract} and {@code annotate}: files, folders of files, or URLs. */
final class Inputs {
  private Inputs() {}

  /** One input: a file, or a URL to fetch. */
  record Input(Path file, String url) {
    boolean isUrl() {
      return url != null;
    }

    /** The output name: the file name without extension, or a name made from the URL. */
    String name() {
      if (file != null) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
      }
      String trimmed = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
      String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
      last = last.replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9._-]+", "-");
      return last.isEmpty() ? Integer.toHexString(url.hashCode()) : last;
    }

    boolean isHtml() {
      if (file == null) {
        return true;
      }
      String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return !(n.endsWith(".txt") || n.endsWith(".text"));
    }
  }

  /** Expands folders into their files with the given extensions, in name order. */
  static List<Input> expand(List<String> args, List<String> extensions) {
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      String lower = arg.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        inputs.add(new Input(null, arg));
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path)) {
          files.filter(Files::isRegularFile)
              .filter(f -> extensions.stream().anyMatch(
                  e -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
              .sorted()
              .forEach(f -> inputs.add(new Input(f, null)));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path, e);
        }
      } else {
        inputs.add(new Input(path, null));
      }
    }
    return inputs;
  }
}
