package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.process.NewsflowProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow bench soak} for one minute, as a user runs it: the real launcher as a child
 * process, the whole pipeline on its in-process broker against the synthetic publisher. The
 * printed report has the minute's row with its figures and latency percentiles, the drain's row,
 * and a summary with nothing lost and nothing duplicated; the --out file has the same rows and
 * the summary as JSON Lines.
 */
class SoakIT {
  private static final Path LOGS = Path.of("target", "it-logs", "SoakIT");
  private static final Pattern ROW = Pattern.compile("(?m)^\\s*(\\d+|drain)\\s+(\\d+)\\s+(\\d+)"
      + "\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)"
      + "\\s+(\\S+)\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)$");

  @TempDir Path dir;

  @Test
  void aOneMinuteSoakPrintsItsRowsAndLosesAndDuplicatesNothing() throws Exception {
    Path rows = dir.resolve("soak.jsonl");
    long started = System.nanoTime();
    String stdout;
    try (NewsflowProcess p = NewsflowProcess.start(LOGS, "soak", "2g", "bench", "soak",
        "--minutes", "1", "--rate", "5", "--outlets", "12", "--poll-interval", "5s",
        "--update-after", "20s", "--full-gc", "--out", rows.toString())) {
      p.await("the end of the soak", Duration.ofMinutes(4), () -> !p.alive());
      stdout = p.stdout();
      assertThat(p.exitCode()).as("exit code; stdout:%n%s%nstderr:%n%s", stdout,
          tail(p.stderr())).isZero();
    }
    System.out.printf("SoakIT: the one-minute soak took %.1f s:%n%s%n",
        (System.nanoTime() - started) / 1e9, stdout);

    assertThat(stdout).contains("minute    new  fixed fetched published");
    List<String[]> parsed = new ArrayList<>();
    Matcher each = ROW.matcher(stdout);
    while (each.find()) {
      String[] cells = new String[each.groupCount()];
      for (int g = 1; g <= each.groupCount(); g++) {
        cells[g - 1] = each.group(g);
      }
      parsed.add(cells);
    }
    assertThat(parsed).extracting(c -> c[0]).containsExactly("1", "drain");
    assertThat(parsed.get(1)[1]).as("new articles during the drain").isEqualTo("0");
    String[] minute = parsed.get(0);
    assertThat(Long.parseLong(minute[1])).as("new articles in minute 1").isBetween(250L, 350L);
    assertThat(Long.parseLong(minute[3])).as("fetched").isPositive();
    assertThat(Long.parseLong(minute[6])).as("written").isPositive();
    double p50 = Double.parseDouble(minute[7]);
    double p95 = Double.parseDouble(minute[8]);
    double p99 = Double.parseDouble(minute[9]);
    double max = Double.parseDouble(minute[10]);
    assertThat(p50).isPositive().isLessThanOrEqualTo(p95);
    assertThat(p95).isLessThanOrEqualTo(p99);
    assertThat(p99).isLessThanOrEqualTo(max);
    assertThat(Long.parseLong(minute[14])).as("heap after GC, MB").isPositive();

    assertThat(stdout).contains("  lost: 0 (served, never reached the sink)",
        "  duplicated: 0 (0 written twice, 0 written again as a new version)",
        "PASS: nothing lost, nothing duplicated");
    assertThat(stdout).containsPattern(
        "latency fetch-to-sink: p50 \\d+\\.\\d\\d s, p95 \\d+\\.\\d\\d s, p99 \\d+\\.\\d\\d s, "
            + "max \\d+\\.\\d\\d s over [1-9]\\d* articles");
    assertThat(stdout).containsPattern("heap after GC \\(a full collection at the end of each "
        + "minute, pauses of \\d+ ms at most\\): \\d+ MB");

    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(rows)) {
      lines.add(json.readTree(line));
    }
    assertThat(lines).extracting(l -> l.path("phase").asText())
        .containsExactly("soak", "drain", "summary");
    JsonNode first = lines.get(0);
    assertThat(first.path("minute").asInt()).isEqualTo(1);
    assertThat(first.path("p50Ms").isNumber()).isTrue();
    assertThat(first.path("p99Ms").asDouble()).isGreaterThanOrEqualTo(first.path("p50Ms")
        .asDouble());
    assertThat(first.path("heapAfterGcMb").asDouble()).isPositive();
    assertThat(first.path("fullGcMs").isNumber()).isTrue();
    JsonNode summary = lines.get(2);
    assertThat(summary.path("lost").asLong()).isZero();
    assertThat(summary.path("duplicated").asLong()).isZero();
    assertThat(summary.path("fetched").asLong()).isEqualTo(summary.path("sinkLines").asLong())
        .isPositive();
    assertThat(summary.path("passed").asBoolean()).isTrue();
  }

  private static String tail(String text) {
    return text.length() <= 6000 ? text : "..." + text.substring(text.length() - 6000);
  }
}
