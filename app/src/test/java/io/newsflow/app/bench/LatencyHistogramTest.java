package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {
  @Test
  void percentilesAreTheNearestRankWithinOnePercentAndNeverAboveTheMax() {
    LatencyHistogram h = new LatencyHistogram();
    for (int ms = 1; ms <= 1000; ms++) {
      h.record(TimeUnit.MILLISECONDS.toNanos(ms));
    }
    assertThat(h.count()).isEqualTo(1000);
    assertThat(h.percentileMs(0.50)).isCloseTo(500, within(5.0)).isGreaterThanOrEqualTo(500);
    assertThat(h.percentileMs(0.95)).isCloseTo(950, within(9.5)).isGreaterThanOrEqualTo(950);
    assertThat(h.percentileMs(0.99)).isCloseTo(990, within(9.9)).isGreaterThanOrEqualTo(990);
    assertThat(h.percentileMs(1.0)).isEqualTo(1000);
    assertThat(h.maxMs()).isEqualTo(1000);
  }

  @Test
  void anEmptyHistogramHasNoPercentiles() {
    assertThat(new LatencyHistogram().percentileMs(0.5)).isNaN();
    assertThat(new LatencyHistogram().maxMs()).isNaN();
  }

  @Test
  void addedHistogramsCountTogether() {
    LatencyHistogram a = new LatencyHistogram();
    LatencyHistogram b = new LatencyHistogram();
    a.record(TimeUnit.MILLISECONDS.toNanos(100));
    b.record(TimeUnit.SECONDS.toNanos(30));
    a.add(b);
    assertThat(a.count()).isEqualTo(2);
    assertThat(a.maxMs()).isEqualTo(30_000);
    assertThat(a.percentileMs(0.5)).isCloseTo(100, within(1.0));
  }
}
