package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnricherFactory;
import io.newsflow.enrich.NamedText;
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

    EnrichBenchmark.Result result = EnrichBenchmark.run(factory,
        EnrichBenchmark.numbered(texts), 2, new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(factory.created).hasValue(2);
    assertThat(factory.enriched).hasValue(texts.size() * 2); // warm-up plus the timed run
    assertThat(result.articles()).isEqualTo(5);
    assertThat(result.threads()).isEqualTo(2);
    assertThat(result.words()).isEqualTo(7);
    assertThat(result.p99Ms()).isGreaterThanOrEqualTo(result.p50Ms());
    assertThat(result.failures()).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("5 articles", "2 thread(s)", "0 of 5 articles failed");
  }

  @Test
  void anArticleTheEnricherThrowsOnIsCountedAndNamedAndTheRunGoesOn() {
    AtomicInteger enriched = new AtomicInteger();
    EnricherFactory factory = new EnricherFactory() {
      @Override
      public String engine() {
        return "throws-on-one";
      }

      @Override
      public ArticleEnricher create() {
        return article -> {
          if (article.text().contains("Noting")) {
            throw new ArrayIndexOutOfBoundsException("Index -1 out of bounds for length 47");
          }
          enriched.incrementAndGet();
          return new Enrichment(List.of(), List.of(), null);
        };
      }
    };
    List<NamedText> texts = List.of(new NamedText("a.html", "The council met."),
        new NamedText("b.html", "Noting that it rained, Okafor asked."),
        new NamedText("c.html", "The ferry sailed."));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    EnrichBenchmark.Result result = EnrichBenchmark.run(factory, texts, 1,
        new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(result.articles()).isEqualTo(3);
    assertThat(enriched).hasValue(4); // two in the warm-up, two in the timed run
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("b.html");
      assertThat(f.reason()).startsWith("ArrayIndexOutOfBoundsException: Index -1 out of bounds"
          + " for length 47 (EnrichBenchmarkTest");
    });
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 of 3 articles failed:",
        "  b.html: ArrayIndexOutOfBoundsException: Index -1");
  }

  @Test
  void noTextsIsAnError() {
    assertThatThrownBy(() -> EnrichBenchmark.run(new CountingFactory(), List.<NamedText>of(), 1,
        System.out)).isInstanceOf(IllegalArgumentException.class);
  }
}
