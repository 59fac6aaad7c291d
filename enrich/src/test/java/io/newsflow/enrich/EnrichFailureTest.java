package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnrichFailureTest {
  @Test
  void theReasonIsOneLineWithTheErrorItsMessageAndOurFirstFrame() {
    IllegalStateException error = new IllegalStateException("no speaker\nfor claim 3");
    error.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("java.util.ArrayList", "get", "ArrayList.java", 427),
        new StackTraceElement("io.newsflow.enrich.claims.SpeakerResolver", "resolve",
            "SpeakerResolver.java", 88)});

    assertThat(EnrichFailure.of("0412", error)).isEqualTo(new EnrichFailure("0412",
        "IllegalStateException: no speaker for claim 3 (SpeakerResolver.resolve:88)"));
  }

  @Test
  void anErrorTheJvmThrewWithoutAStackTraceSaysHowToGetIt() {
    ArrayIndexOutOfBoundsException error = new ArrayIndexOutOfBoundsException();
    error.setStackTrace(new StackTraceElement[0]);

    assertThat(EnrichFailure.reasonOf(error)).startsWith("ArrayIndexOutOfBoundsException (no "
        + "stack trace").endsWith("-XX:-OmitStackTraceInFastThrow)");
  }
}
