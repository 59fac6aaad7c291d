package io.newsflow.sink.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.enrichment.Stance;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleSearchSqlTest {

  @Test
  void aTextQueryIsRankedAndEveryValueIsBound() {
    ArticleSearch.Statement s = ArticleSearch.articlesSql(SearchQuery.text("rider data'; drop table articles"));
    assertThat(s.sql()).contains("a.search @@ websearch_to_tsquery('english', ?)")
        .contains("ORDER BY rank DESC").endsWith("LIMIT ?");
    assertThat(s.sql()).doesNotContain("drop table");
    assertThat(s.params).hasSize(7).contains("rider data'; drop table articles");
  }

  @Test
  void filtersAddTheirConditionsOnlyWhenGiven() {
    SearchQuery q = SearchQuery.text("rider").within(Duration.ofHours(24), Instant.now())
        .withEntity("Norvane Systems").withStance(Stance.DENIAL);
    String sql = ArticleSearch.articlesSql(q).sql();
    assertThat(sql).contains("a.article_time >= ?").contains("e.entity_key = ANY (?)")
        .contains("c.stance = ?").contains("c.speaker_key = ANY (?)");
    assertThat(ArticleSearch.articlesSql(SearchQuery.text("rider")).sql())
        .doesNotContain("entities").doesNotContain("claims").doesNotContain("article_time >=");
  }

  @Test
  void withoutTextTheNewestComeFirst() {
    SearchQuery q = new SearchQuery(null, null, null, Stance.DENIAL, 5);
    assertThat(ArticleSearch.articlesSql(q).sql())
        .doesNotContain("@@").contains("ORDER BY a.article_time DESC");
  }

  @Test
  void anEntityNameMapsToItsKeyUnderEveryTypeAndAKeyToItself() {
    assertThat(ArticleSearch.entityKeys("Norvane Systems"))
        .contains("organization:norvane-systems", "person:norvane-systems");
    assertThat(ArticleSearch.entityKeys("ORGANIZATION:Norvane Systems"))
        .contains("organization:norvane systems", "organization:norvane-systems");
  }

  @Test
  void aQueryNeedsTextAnEntityOrAStance() {
    assertThatThrownBy(() -> new SearchQuery(" ", null, null, null, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SearchQuery("x", null, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStanceIsReadInAnyCase() {
    assertThat(SearchQuery.stance(" denial ")).isEqualTo(Stance.DENIAL);
    assertThatThrownBy(() -> SearchQuery.stance("rebuttal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ALLEGATION");
  }
}
