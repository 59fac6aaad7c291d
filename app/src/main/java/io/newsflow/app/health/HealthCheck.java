package io.newsflow.app.health;

import java.util.Optional;
import java.util.function.Supplier;

/** One named thing a process needs; says what is wrong with it, or nothing when it is fine. */
public interface HealthCheck {
  /** A short name, the key in the health JSON: {@code broker}, {@code enrich}, {@code sink}. */
  String name();

  /** What is wrong, in a short sentence; empty when all is well. Must return within seconds. */
  Optional<String> problem();

  /** A check from a name and a function. */
  static HealthCheck of(String name, Supplier<Optional<String>> problem) {
    return new HealthCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<String> problem() {
        return problem.get();
      }
    };
  }
}
