package io.newsflow.ingest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.core.status.FetchOutcome;
import org.junit.jupiter.api.Test;

class IngestMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final IngestMetrics metrics = new IngestMetrics(registry);

  private double count(String name, String... tags) {
    return registry.get(name).tags(tags).counter().count();
  }

  @Test
  void fetchesAreCountedByOutcomeAndLowerCaseHost() {
    metrics.fetched(FetchOutcome.OK, "https://Ledger.example/2026/03/10/ferry");
    metrics.fetched(FetchOutcome.OK, "https://ledger.example/2026/03/10/bridge");
    metrics.fetched(FetchOutcome.TIMEOUT, "https://courier.example/feed.xml");

    assertThat(count(IngestMetrics.FETCHED, "outcome", "ok", "host", "ledger.example"))
        .isEqualTo(2);
    assertThat(count(IngestMetrics.FETCHED, "outcome", "timeout", "host", "courier.example"))
        .isEqualTo(1);
  }

  @Test
  void fetchOfAUrlWithoutAHostIsCountedUnderUnknown() {
    metrics.fetched(FetchOutcome.INVALID, "mailto:desk@ledger.example");

    assertThat(count(IngestMetrics.FETCHED, "outcome", "invalid", "host", "unknown"))
        .isEqualTo(1);
  }

  @Test
  void deadLettersAreCountedByStageAndTheErrorsSimpleClassName() {
    metrics.deadLettered("ingest.extract", "java.lang.IllegalStateException");
    metrics.deadLettered("ingest.extract", "io.newsflow.Outer$InnerException");
    metrics.deadLettered("ingest.publish", null);

    assertThat(count(IngestMetrics.DEAD_LETTERED, "stage", "ingest.extract", "reason",
        "IllegalStateException")).isEqualTo(1);
    assertThat(count(IngestMetrics.DEAD_LETTERED, "stage", "ingest.extract", "reason",
        "InnerException")).isEqualTo(1);
    assertThat(count(IngestMetrics.DEAD_LETTERED, "stage", "ingest.publish", "reason",
        "unknown")).isEqualTo(1);
  }

  @Test
  void extractionFailuresAreCountedByExceptionKind() {
    metrics.extractionFailed(new StackOverflowError());

    assertThat(count(IngestMetrics.EXTRACTION_FAILED, "reason", "StackOverflowError"))
        .isEqualTo(1);
  }

  @Test
  void sourcePollsAreCountedByOutcomeAndType() {
    metrics.sourcePolled("feed", "ok");
    metrics.sourcePolled("feed", "http-5xx");
    metrics.sourcePolled("feed", "ok");

    assertThat(count(IngestMetrics.SOURCE_POLLED, "outcome", "ok", "type", "feed"))
        .isEqualTo(2);
    assertThat(count(IngestMetrics.SOURCE_POLLED, "outcome", "http-5xx", "type", "feed"))
        .isEqualTo(1);
  }

  @Test
  void publishedArticlesAreCounted() {
    metrics.published();

    assertThat(count(IngestMetrics.PUBLISHED)).isEqualTo(1);
  }
}
