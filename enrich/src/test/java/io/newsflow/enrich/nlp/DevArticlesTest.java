package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.json.Json;
import io.newsflow.enrich.ArticleEnricher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fictional development articles against their gold claims (see {@link DevArticlesRunner}):
 * a guard against regressions, with floors a little under today's figures.
 */
class DevArticlesTest {
  private static final List<String> ARTICLES =
      List.of("velmora-budget", "kestrel-port-trial", "brenlow-recall", "garrow-ballots",
          "tarrow-mine-inquiry", "rennick-trade-talks", "dorrin-housing", "sarno-strike",
          "westfold-minister", "orvale-fraud-verdict");

  private static DevArticlesRunner.Score total = new DevArticlesRunner.Score(0, 0, 0, 0, 0, 0, 0);
  private static String details;

  @BeforeAll
  static void scoreArticles() throws IOException {
    ArticleEnricher enricher = new CoreNlpEnricherFactory().create();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
    for (String name : ARTICLES) {
      String text = resource(name + ".txt");
      JsonNode gold = Json.mapper().readTree(resource(name + ".gold.json"));
      RawArticle article = new RawArticle(RawArticle.SCHEMA_VERSION, "test", 1, false,
          "https://example.test/" + name, "https://example.test/" + name, "test", "example.test",
          Instant.parse("2026-03-04T10:00:00Z"), "hash", null, text, List.of(),
          OffsetDateTime.parse("2026-03-04T09:00:00Z"), null, "en", null, null, null, List.of(),
          null, false);
      out.println(name);
      total = total.plus(DevArticlesRunner.score(name, gold, enricher.enrich(article).claims(),
          out));
    }
    details = log.toString(StandardCharsets.UTF_8);
  }

  @Test
  void attributedClaimsAreFoundWithoutSpuriousOnes() {
    assertThat(total.recall()).as(details).isGreaterThanOrEqualTo(0.95);
    assertThat(total.precision()).as(details).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void speakersAndStancesAreRight() {
    assertThat((double) total.speakerOk() / total.gold()).as(details).isGreaterThanOrEqualTo(0.9);
    assertThat((double) total.stanceOk() / total.gold()).as(details).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void headlinesQuestionsAndNarrativeAreNeverClaims() {
    assertThat(total.falseClaims()).as(details).isZero();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DevArticlesTest.class.getResourceAsStream("/articles/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
