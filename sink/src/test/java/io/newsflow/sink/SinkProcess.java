package io.newsflow.sink;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;

/**
 * A sink service alone in its own JVM, for the test that kills it with SIGKILL: {@code
 * SinkProcess BOOTSTRAP PREFIX GROUP DATA_DIR JSONL_DIR POSTGRES_URL POSTGRES_USER}. It runs until
 * killed.
 */
public final class SinkProcess {
  private SinkProcess() {}

  public static void main(String[] args) throws InterruptedException {
    SinkService service = new SinkService(
        SinkTestConfig.of(args[0], args[1], args[2], Path.of(args[3]), Path.of(args[4]), args[5],
            args[6]),
        new SimpleMeterRegistry());
    service.start();
    System.out.println("sink started");
    Thread.sleep(Long.MAX_VALUE);
  }
}
