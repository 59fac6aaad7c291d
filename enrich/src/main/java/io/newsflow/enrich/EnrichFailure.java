package io.newsflow.enrich;

import java.util.Arrays;
import java.util.Optional;

/**
 * One input the enricher failed on, with a one-line reason: the error, its message and the first
 * of our own stack frames ({@code ArrayIndexOutOfBoundsException: Index -1 out of bounds for
 * length 47 (AttributionFinder.participle:1146)}), or the broken invariant.
 */
public record EnrichFailure(String name, String reason) {
  private static final int MAX_REASON_CHARS = 300;

  /** The failure of {@code name} with {@code error}. */
  public static EnrichFailure of(String name, Throwable error) {
    return new EnrichFailure(name, reasonOf(error));
  }

  /** The one-line reason of {@code error}. */
  public static String reasonOf(Throwable error) {
    String message = error.getMessage() == null ? ""
        : ": " + error.getMessage().replaceAll("\\s+", " ").strip();
    if (message.length() > MAX_REASON_CHARS) {
      message = message.substring(0, MAX_REASON_CHARS) + "…";
    }
    Optional<StackTraceElement> ours = Arrays.stream(error.getStackTrace())
        .filter(f -> f.getClassName().startsWith("io.newsflow.")).findFirst();
    String where = ours.map(f -> " (" + f.getClassName().substring(
        f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName() + ":"
        + f.getLineNumber() + ")").orElse(error.getStackTrace().length == 0
            ? " (no stack trace: the JVM drops it from an error that repeats unless run with"
                + " -XX:-OmitStackTraceInFastThrow)" : "");
    return error.getClass().getSimpleName() + message + where;
  }
}
