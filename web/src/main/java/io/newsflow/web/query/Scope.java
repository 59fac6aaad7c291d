package io.newsflow.web.query;

import java.util.Locale;

/** Which instances answer a query: this one alone, or all of them merged. */
public enum Scope {
  /** The partitions this instance owns; what one instance answers another. */
  LOCAL,
  /** Every instance's answer, merged: the global answer, and the default. */
  ALL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The scope named {@code label}.
   *
   * @throws BadQueryException for anything but {@code local} or {@code all}
   */
  public static Scope parse(String label) {
    for (Scope scope : values()) {
      if (scope.label().equals(label)) {
        return scope;
      }
    }
    throw new BadQueryException("scope must be local or all, not '" + label + "'");
  }
}
