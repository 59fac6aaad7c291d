package io.newsflow.app.bench;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.cumulative.CumulativeTimer;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.pause.PauseDetector;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.sink.consume.SinkMetrics;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * The soak's meter registry: the pipeline's meters as in any process (cumulative), and each time
 * the sink records on {@value SinkMetrics#FETCH_TO_SINK} handed to the soak too, so that a
 * minute's percentiles come from the times themselves rather than from histogram buckets.
 */
final class SoakMeterRegistry extends SimpleMeterRegistry implements AutoCloseable {
  private final LongConsumer fetchToSinkNanos;

  SoakMeterRegistry(LongConsumer fetchToSinkNanos) {
    super(SimpleConfig.DEFAULT, Clock.SYSTEM);
    this.fetchToSinkNanos = fetchToSinkNanos;
  }

  @Override
  protected Timer newTimer(Meter.Id id, DistributionStatisticConfig distributionStatisticConfig,
      PauseDetector pauseDetector) {
    if (!id.getName().equals(SinkMetrics.FETCH_TO_SINK)) {
      return super.newTimer(id, distributionStatisticConfig, pauseDetector);
    }
    LongConsumer listener = fetchToSinkNanos;
    return new CumulativeTimer(id, clock, distributionStatisticConfig, pauseDetector,
        getBaseTimeUnit(), false) {
      @Override
      protected void recordNonNegative(long amount, TimeUnit unit) {
        super.recordNonNegative(amount, unit);
        listener.accept(unit.toNanos(amount));
      }
    };
  }
}
