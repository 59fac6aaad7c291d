package io.newsflow.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.EnrichmentInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentArticlesTest {
  private static final Instant FETCHED = Instant.parse("2026-03-14T12:00:00Z");

  @Test
  void articlesComeNewestFirstByPublicationAndAnUpdateComesBackToTheTop() {
    RecentArticles articles = new RecentArticles(10);
    articles.add(article("old", 1, "2026-03-10T08:00:00Z", null));
    articles.add(article("new", 1, "2026-03-13T08:00:00Z", null));
    articles.add(article("undated", 1, null, null));
    assertThat(articles.newest(10)).extracting(EnrichedArticle::id)
        .containsExactly("undated", "new", "old");

    articles.add(article("old", 2, "2026-03-10T08:00:00Z", "2026-03-14T13:00:00Z"));
    assertThat(articles.newest(2)).extracting(EnrichedArticle::id).containsExactly("old", "undated");
  }

  @Test
  void whenFullTheArticleTakenInLongestAgoGoes() {
    RecentArticles articles = new RecentArticles(2);
    articles.add(article("a", 1, "2026-03-13T08:00:00Z", null));
    articles.add(article("b", 1, "2026-03-10T08:00:00Z", null));
    articles.add(article("c", 1, "2026-03-11T08:00:00Z", null));
    assertThat(articles.newest(10)).extracting(EnrichedArticle::id).containsExactly("c", "b");
  }

  private static EnrichedArticle article(String id, int version, String published,
      String modified) {
    return new EnrichedArticle(1, id, version, version > 1, "https://x.example/" + id, null,
        "https://x.example/rss", "x.example", FETCHED, "h", "Title " + id, "Text.", List.of(),
        published == null ? null : OffsetDateTime.parse(published),
        modified == null ? null : OffsetDateTime.parse(modified), "en", null, null, null,
        List.of(), "X", false, List.of(), List.of(),
        new EnrichmentInfo("test", FETCHED, null, false, 5, 1));
  }
}
