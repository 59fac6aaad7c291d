package io.newsflow.app.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The {@code newsflow} launcher as built by {@code package} ({@code target/newsflow-app.jar} and
 * {@code target/lib}), run as a child process with its output in files. Integration tests only:
 * failsafe runs after {@code package}.
 */
public final class NewsflowProcess implements AutoCloseable {
  private static final Path APP = Path.of("target", "newsflow-app.jar").toAbsolutePath();
  private static final Path LIB = Path.of("target", "lib").toAbsolutePath();

  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private NewsflowProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts {@code newsflow args...} with its output under {@code logDir/name.out|err}. */
  public static NewsflowProcess start(Path logDir, String name, String heap, String... args) {
    if (!Files.isRegularFile(APP) || !Files.isDirectory(LIB)) {
      throw new IllegalStateException("the launcher is not built: run the package phase first");
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap,
        "-cp", APP + File.pathSeparator + LIB + File.separator + "*",
        "io.newsflow.app.Newsflow"));
    command.addAll(List.of(args));
    try {
      Files.createDirectories(logDir);
      Path out = logDir.resolve(name + ".out");
      Path err = logDir.resolve(name + ".err");
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      builder.environment().remove("NEWSFLOW_LOG_FORMAT");
      return new NewsflowProcess(builder.start(), out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code newsflow args...} to its end; returns its exit code. */
  public static NewsflowProcess run(Path logDir, String name, Duration timeout, String... args)
      throws InterruptedException {
    NewsflowProcess p = start(logDir, name, "512m", args);
    if (!p.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      p.kill();
      throw new AssertionError("newsflow " + String.join(" ", args) + " still ran after "
          + timeout + "; stderr:\n" + p.stderr());
    }
    return p;
  }

  public int exitCode() {
    return process.exitValue();
  }

  public boolean alive() {
    return process.isAlive();
  }

  public String stdout() {
    return read(stdout);
  }

  public String stderr() {
    return read(stderr);
  }

  /** SIGKILL, as {@code kill -9}: no shutdown hook runs. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, as Ctrl-C or a supervisor's stop; returns the exit code or -1 if still running. */
  public int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
  }

  /** Waits until {@code condition} holds, failing with the process's stderr when it does not. */
  public void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (!process.isAlive()) {
        throw new AssertionError("newsflow ended (" + process.exitValue() + ") before " + what
            + "; stderr:\n" + tail(stderr()));
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + what + " after " + timeout + "; stderr:\n"
            + tail(stderr()));
      }
      Thread.sleep(250);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  /** A port nothing listens on now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tail(String text) {
    return text.length() <= 6000 ? text : "..." + text.substring(text.length() - 6000);
  }
}
