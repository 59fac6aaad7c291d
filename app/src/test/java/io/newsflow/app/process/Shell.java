package io.newsflow.app.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A command line run by {@code sh -c} in a directory, with its output and exit code. */
public record Shell(int exit, String out, String err) {

  public static Shell run(Path cwd, String command, Duration timeout)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(cwd, "sh", ".out");
    Path err = Files.createTempFile(cwd, "sh", ".err");
    Process p = new ProcessBuilder("sh", "-c", command).directory(cwd.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("still running after " + timeout + ": " + command);
    }
    return new Shell(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** True when {@code program} is on the PATH. */
  public static boolean installed(String program) {
    try {
      return new ProcessBuilder("sh", "-c", "command -v " + program).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
