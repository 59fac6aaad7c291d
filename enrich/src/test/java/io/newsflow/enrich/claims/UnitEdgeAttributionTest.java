package io.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.enrichment.Claim;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.nlp.CoreNlpEnricherFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cues and phrases at the first or last token of a claim unit, where index arithmetic walking
 * left or right would leave the unit: one fictional text each, through the real tagger. Each
 * test here once crashed the enricher.
 */
class UnitEdgeAttributionTest {
  private static ArticleEnricher enricher;

  @BeforeAll
  static void loadModels() {
    enricher = new CoreNlpEnricherFactory().create();
  }

  @Test
  void aWeakParticipialCueOpeningAUnitLooksForNoDocumentBeforeIt() {
    // "Noting" is a weak cue at the unit's first token: its document would stand at index -1.
    List<Claim> claims = claims("A Fern That Lives on Fog\n\nNoting that in the Ostrev valley "
        + "there is a fern that can live only on basalt dust and fog, Okafor asked, \"Could it "
        + "or something like it grow on the north ridge where the nights are a little warmer?\"");
    assertThat(claims).noneMatch(c -> c.text().startsWith("Noting"));
    assertThat(containing(claims, "Could it").speaker().entity()).isEqualTo("Okafor");
  }

  private static List<Claim> claims(String text) {
    return enricher.enrich(article(text)).claims();
  }

  private static Claim containing(List<Claim> claims, String key) {
    Optional<Claim> found = claims.stream().filter(c -> c.text().contains(key)).findFirst();
    assertThat(found).as("claim containing '%s' among %s", key, claims).isPresent();
    return found.get();
  }

  private static RawArticle article(String text) {
    return new RawArticle(RawArticle.SCHEMA_VERSION, "test", 1, false, "https://example.test/a",
        "https://example.test/a", "test", "example.test", Instant.parse("2026-03-04T10:00:00Z"),
        "hash", null, text, List.of(), OffsetDateTime.parse("2026-03-04T09:00:00Z"), null, "en",
        null, null, null, List.of(), null, false);
  }
}
