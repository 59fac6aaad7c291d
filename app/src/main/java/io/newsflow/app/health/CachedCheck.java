package io.newsflow.app.health;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A check whose answer is reused for a while, so that frequent probes (a load balancer, an
 * orchestrator, Prometheus) do not each cost a broker or database round trip.
 */
public final class CachedCheck implements HealthCheck {
  private final HealthCheck check;
  private final long ttlNanos;
  private final LongSupplier nanoTime;
  private Optional<String> last;
  private long lastAt;

  public CachedCheck(HealthCheck check, Duration ttl) {
    this(check, ttl, System::nanoTime);
  }

  CachedCheck(HealthCheck check, Duration ttl, LongSupplier nanoTime) {
    this.check = check;
    this.ttlNanos = ttl.toNanos();
    this.nanoTime = nanoTime;
  }

  @Override
  public String name() {
    return check.name();
  }

  @Override
  public synchronized Optional<String> problem() {
    long now = nanoTime.getAsLong();
    if (last == null || now - lastAt >= ttlNanos) {
      last = check.problem();
      lastAt = now;
    }
    return last;
  }
}
