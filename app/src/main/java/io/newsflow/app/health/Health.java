package io.newsflow.app.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The checks behind {@code /health/live} and {@code /health/ready}. Stages add theirs as they
 * start; until {@link #started()} is called readiness reports that the process is starting.
 */
public final class Health {
  private final List<HealthCheck> liveness = new CopyOnWriteArrayList<>();
  private final List<HealthCheck> readiness = new CopyOnWriteArrayList<>();
  private volatile boolean started;

  /** A check whose failure means the process should be restarted. */
  public Health live(HealthCheck check) {
    liveness.add(check);
    return this;
  }

  /** A check whose failure means the process cannot do its work now. */
  public Health ready(HealthCheck check) {
    readiness.add(check);
    return this;
  }

  /** Every stage is up: readiness now depends on the checks alone. */
  public void started() {
    started = true;
  }

  public HealthReport liveness() {
    return report(liveness, Optional.empty());
  }

  /** Readiness includes liveness: a process that should be restarted is not ready either. */
  public HealthReport readiness() {
    List<HealthCheck> all = new java.util.ArrayList<>(liveness);
    all.addAll(readiness);
    return report(all, started ? Optional.empty() : Optional.of("the stages are starting"));
  }

  private static HealthReport report(List<HealthCheck> checks, Optional<String> starting) {
    Map<String, String> results = new LinkedHashMap<>();
    boolean up = starting.isEmpty();
    starting.ifPresent(s -> results.put("process", s));
    for (HealthCheck check : checks) {
      Optional<String> problem;
      try {
        problem = check.problem();
      } catch (RuntimeException e) {
        problem = Optional.of("check failed: " + e);
      }
      up &= problem.isEmpty();
      String previous = results.get(check.name());
      String result = problem.orElse(HealthReport.OK);
      // Two checks of one name (liveness and readiness of a stage): the problem wins.
      if (previous == null || previous.equals(HealthReport.OK)) {
        results.put(check.name(), result);
      }
    }
    return new HealthReport(up ? HealthReport.UP : HealthReport.DOWN, results);
  }
}
