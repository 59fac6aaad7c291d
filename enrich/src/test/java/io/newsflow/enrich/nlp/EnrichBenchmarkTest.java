package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnricherFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EnrichBenchmarkTest {

  /** Counts calls; enriches nothing. */
  private static final class CountingFactory implements EnricherFactory {
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger enriched = new AtomicInteger();

    @Override
    public String engine() {
      return "counting";
    }

    @Override
    public ArticleEnricher create() {
      created.incrementAndGet();
      return article -> {
        enriched.incrementAndGet();
        return new Enrichment(List.of(), List.of(), null);
      };
    }
  }

  @Test
  void everyTextIsEnrichedOnceAfterTheWarmUpWithOneEnricherPerThread() {
    CountingFactory factory = new CountingFactory();
    List<String> texts = List.of("one text here", "two", "three", "four", "five");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    EnrichBenchmark.Result result = EnrichBenchmark.run(factory, texts, 2,
        new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(factory.created).hasValue(2);
    assertThat(factory.enriched).hasValue(texts.size() * 2); // warm-up plus the timed run
    assertThat(result.articles()).isEqualTo(5);
    assertThat(result.threads()).isEqualTo(2);
    assertThat(result.words()).isEqualTo(7);
    assertThat(result.p99Ms()).isGreaterThanOrEqualTo(result.p50Ms());
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("5 articles", "2 thread(s)");
  }

  @Test
  void noTextsIsAnError() {
    assertThatThrownBy(() -> EnrichBenchmark.run(new CountingFactory(), List.of(), 1,
        System.out)).isInstanceOf(IllegalArgumentException.class);
  }
}
