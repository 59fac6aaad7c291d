package io.newsflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.EntityType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

  @Test
  void paragraphsAreCutAtEveryMentionAndClaimBoundary() {
    EnrichedArticle article = Articles.lawsuit("a1", 1, Instant.now());
    List<List<Segment>> paragraphs =
        ArticleText.paragraphs(article, ArticleView.claims(article));
    assertThat(paragraphs).hasSize(2);
    String joined = paragraphs.get(0).stream().map(Segment::text).reduce("", String::concat);
    assertThat(joined).isEqualTo(
        "Residents of Tessaly allege that Corvia Mills poisoned the river, a complaint says.");
    Segment corviaInClaim = paragraphs.get(0).stream()
        .filter(s -> s.text().equals("Corvia Mills")).findFirst().orElseThrow();
    assertThat(corviaInClaim.entityType()).isEqualTo("organization");
    assertThat(corviaInClaim.claim().stance()).isEqualTo("allegation");
    assertThat(corviaInClaim.claimStart()).isTrue();
    Segment tessaly = paragraphs.get(0).stream()
        .filter(s -> s.text().equals("Tessaly")).findFirst().orElseThrow();
    assertThat(tessaly.claim()).isNull();
    assertThat(tessaly.entityType()).isEqualTo("location");
  }

  @Test
  void theLastRunOfADenialPointsAtTheAllegationItAnswers() {
    EnrichedArticle article = Articles.lawsuit("a1", 1, Instant.now());
    Segment end = ArticleText.paragraphs(article, ArticleView.claims(article)).get(1).stream()
        .filter(Segment::claimEnd).findFirst().orElseThrow();
    assertThat(end.claim().stance()).isEqualTo("denial");
    assertThat(end.claim().answersAnchor()).isEqualTo("c-a1-1");
  }

  @Test
  void offsetsCountCodePointsSoAnEmojiBeforeAMentionDoesNotShiftIt() {
    String text = "🚢 Ferry news: Saltmarsh Lines resumed service.";
    EnrichedArticle article = Articles.article("a2", 1, "Ferry", "https://x.example/f", text,
        List.of(Articles.entity("organization:saltmarsh-lines", "Saltmarsh Lines",
            EntityType.ORGANIZATION, text, "Saltmarsh Lines")), List.of(), Instant.now());
    List<Segment> segments = ArticleText.paragraphs(article, ArticleView.claims(article)).get(0);
    assertThat(segments).anySatisfy(s -> {
      assertThat(s.text()).isEqualTo("Saltmarsh Lines");
      assertThat(s.entityType()).isEqualTo("organization");
    });
  }

  @Test
  void offsetsOutsideTheTextAreIgnoredRatherThanFailing() {
    String text = "Short text.";
    EnrichedArticle article = Articles.article("a3", 1, "T", "https://x.example/t", text,
        List.of(new io.newsflow.core.enrichment.Entity("person:x", "X", EntityType.PERSON, 1, 0.1,
            null, List.of(new io.newsflow.core.enrichment.Mention("X", 5, 400, null)))),
        List.of(), Instant.now());
    assertThat(ArticleText.paragraphs(article, ArticleView.claims(article)).get(0))
        .singleElement().satisfies(s -> assertThat(s.plain()).isTrue());
  }
}
