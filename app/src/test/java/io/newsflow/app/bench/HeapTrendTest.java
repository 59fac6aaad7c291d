package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapTrendTest {
  private static final long MB = 1024 * 1024;

  @Test
  void aHeapGrowingTwoMbAMinuteHasASlopeOfTwo() {
    List<SoakRow> rows = new ArrayList<>();
    for (int minute = 1; minute <= 30; minute++) {
      rows.add(row(minute, (500 + 2L * minute) * MB));
    }
    HeapTrend trend = HeapTrend.of(rows, HeapAfterGc.Window::lastBytes);
    assertThat(trend.slopeMbPerMinute()).isCloseTo(2.0, within(1e-9));
    assertThat(trend.window()).isEqualTo(3);
    assertThat(trend.firstMb()).isCloseTo(504, within(1e-9));
    assertThat(trend.lastMb()).isCloseTo(558, within(1e-9));
    assertThat(trend.describe()).isEqualTo(
        "first 3 minutes 504 MB, last 3 minutes 558 MB, slope +2.0 MB/min over 30 minutes");
  }

  @Test
  void oneMinuteHasNoTrend() {
    HeapTrend trend = HeapTrend.of(List.of(row(1, 400 * MB)), HeapAfterGc.Window::lastBytes);
    assertThat(trend.slopeMbPerMinute()).isNaN();
    assertThat(trend.describe()).isEqualTo("400 MB (one minute: no trend)");
  }

  private static SoakRow row(int minute, long heapBytes) {
    return new SoakRow("soak", minute, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, new LatencyHistogram(), 0,
        0, 0, new HeapAfterGc.Window(heapBytes, heapBytes, 1), 0.5, -1);
  }
}
