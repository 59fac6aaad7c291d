package io.newsflow.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.app.bench.SyntheticNewsSite;
import io.newsflow.app.process.NewsflowProcess;
import io.newsflow.app.process.PipelineConfigFile;
import io.newsflow.app.process.PipelineOutputs;
import io.newsflow.app.process.Shell;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk under the JSON Lines files fills up while {@code newsflow run}, in a process of its
 * own, writes a steady stream of articles: the files live on a small tmpfs the test mounts (it
 * needs root, as on CI; skipped otherwise), and a filler file takes the space. The sink stops
 * writing and says why in its log and on {@code /health/ready}, leaves no partial line, and once
 * the filler is deleted writes every article: none lost.
 */
class DiskFullIT {
  private static final Path LOGS = Path.of("target", "it-logs", "DiskFullIT");
  private static final long DISK_BYTES = 2L * 1024 * 1024;

  @TempDir Path dir;
  private final List<NewsflowProcess> processes = new ArrayList<>();
  private SyntheticNewsSite site;
  private Path mount;

  @AfterEach
  void stop() throws Exception {
    for (NewsflowProcess p : processes) {
      p.close();
    }
    if (site != null) {
      site.close();
    }
    if (mount != null) {
      Shell.run(dir, "umount " + mount, Duration.ofSeconds(30));
    }
  }

  @Test
  void aFullDiskStopsTheFilesWithoutLossAndTheyGoOnWhenSpaceReturns() throws Exception {
    Path disk = Files.createDirectories(dir.resolve("small-disk"));
    Shell mounted = Shell.run(dir, "mount -t tmpfs -o size=" + DISK_BYTES + " newsflow-it "
        + disk, Duration.ofSeconds(30));
    assumeTrue(mounted.exit() == 0, "cannot mount a tmpfs here (needs root): "
        + mounted.err());
    mount = disk;
    Path files = disk.resolve("articles");
    // Room for a handful of articles, then none.
    Path filler = disk.resolve("filler");
    fill(filler, usable(disk) - 64 * 1024);

    int articles = 80;
    site = new SyntheticNewsSite(51, 4, 0, 2.0, articles, 0, Duration.ZERO, Clock.systemUTC());
    Path config = PipelineConfigFile.write(dir.resolve("newsflow.yaml"),
        site.sources(Duration.ofSeconds(2)), Duration.ofSeconds(2), null, null);
    int httpPort = NewsflowProcess.freePort();
    String ready = "http://127.0.0.1:" + httpPort + "/health/ready";
    String metrics = "http://127.0.0.1:" + httpPort + "/metrics";
    NewsflowProcess pipeline = NewsflowProcess.start(LOGS, "run", "2g", "run",
        "--config", config.toString(), "--data-dir", dir.resolve("data").toString(),
        "--set", "kafka.embedded.listen=127.0.0.1:" + NewsflowProcess.freePort(),
        "--set", "sink.jsonl.dir=" + files, "--set", "sink.retry.max-backoff=5s",
        // Small files: closing and compressing them on the full disk is part of the test.
        "--set", "sink.jsonl.max-file-bytes=49152",
        "--http", "127.0.0.1:" + httpPort, "--set", "web.enabled=false",
        "--progress-every", "2s");
    processes.add(pipeline);

    pipeline.await("the sink paused on the full disk", Duration.ofMinutes(4),
        () -> PipelineOutputs.status(ready) == 503
            && PipelineOutputs.body(ready).contains("No space left on device"));
    long fullAt = System.nanoTime();
    int linesWhenFull = PipelineOutputs.jsonlPairs(files).size();
    assertThat(pipeline.stderr()).contains("Pausing consumption, a destination is unavailable")
        .contains("No space left on device");
    Thread.sleep(10_000);
    assertThat(PipelineOutputs.brokenLines(files)).as("no partial line on the full disk")
        .isEmpty();
    assertThat(PipelineOutputs.jsonlPairs(files)).as("nothing written while the disk is full")
        .hasSize(linesWhenFull);
    assertThat(linesWhenFull).as("the disk filled mid-stream").isLessThan(articles);
    assertThat(pipeline.alive()).isTrue();

    Files.delete(filler);
    long freedAt = System.nanoTime();
    pipeline.await("readiness 200 with space back", Duration.ofMinutes(1),
        () -> PipelineOutputs.status(ready) == 200);
    double resumed = Eventually.since(freedAt);
    pipeline.await("every article in the files", Duration.ofMinutes(4),
        () -> site.published() >= articles
            && PipelineOutputs.jsonlPairs(files).size() >= articles);
    assertThat(pipeline.stderr()).contains("Destinations available again");
    assertThat(PipelineOutputs.jsonlPairs(files)).hasSize(articles);
    assertThat(PipelineOutputs.brokenLines(files)).isEmpty();
    assertThat(pipeline.stderr()).as("no stack trace for an expected condition")
        .doesNotContain("\tat ");
    assertThat(PipelineOutputs.metric(metrics, "newsflow_sink_written_total"))
        .isGreaterThanOrEqualTo(articles);
    System.out.printf("DiskFullIT: %d-byte disk full after %d articles, paused %.1f s; "
        + "writing again %.1f s after space returned; %d of %d articles in the files%n",
        DISK_BYTES, linesWhenFull, (freedAt - fullAt) / 1e9, resumed,
        PipelineOutputs.jsonlPairs(files).size(), articles);
  }

  private static long usable(Path disk) throws IOException {
    FileStore store = Files.getFileStore(disk);
    return store.getUsableSpace();
  }

  private static void fill(Path file, long bytes) throws IOException {
    byte[] block = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long left = bytes; left > 0; left -= block.length) {
        out.write(block, 0, (int) Math.min(block.length, left));
      }
    }
  }
}
