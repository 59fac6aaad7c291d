package io.newsflow.app.cli;

import io.newsflow.app.Newsflow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the {@code newsflow} command line in this JVM, with what it printed on stdout and
 * stderr (read as UTF-8).
 */
record CommandRun(int exitCode, String out, String err) {

  static synchronized CommandRun of(String... args) {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      code = Newsflow.execute(args);
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    return new CommandRun(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }
}
