package io.newsflow.app.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell commands of the README's code blocks that start with a given program, joined over
 * their backslash continuations, exactly as a reader would paste them.
 */
public final class ReadmeCommands {
  public static final Path README = Path.of("..", "README.md");

  private ReadmeCommands() {}

  public static List<String> startingWith(String program) {
    List<String> commands = new ArrayList<>();
    boolean inCode = false;
    StringBuilder current = null;
    for (String line : lines()) {
      if (line.strip().startsWith("```")) {
        inCode = !inCode;
        current = null;
        continue;
      }
      if (!inCode) {
        continue;
      }
      if (current == null && line.strip().startsWith(program + " ")) {
        current = new StringBuilder();
      }
      if (current != null) {
        String text = line.strip();
        boolean continues = text.endsWith("\\");
        current.append(continues ? text.substring(0, text.length() - 1) : text).append(' ');
        if (!continues) {
          commands.add(current.toString().strip());
          current = null;
        }
      }
    }
    return commands;
  }

  private static List<String> lines() {
    try {
      return Files.readAllLines(README);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
