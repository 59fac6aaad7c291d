package io.newsflow.sink.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Stance;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
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
  void untilAndSiteBindTheirValues() {
    Instant until = Instant.parse("2031-03-15T00:00:00Z");
    SearchQuery q = SearchQuery.text("rider").withUntil(until).withSite("harbour-gazette.test");
    ArticleSearch.Statement s = ArticleSearch.articlesSql(q);
    assertThat(s.sql()).contains("a.article_time < ?")
        .contains("(a.site = ? OR right(a.site, ?) = ?)");
    assertThat(s.params).contains(until.atOffset(ZoneOffset.UTC), "harbour-gazette.test", 21,
        ".harbour-gazette.test");
  }

  @Test
  void topCountsArticlesAndMentionsPerKeyWithEveryValueBound() {
    Instant since = Instant.parse("2031-03-14T00:00:00Z");
    TopEntitiesQuery q = new TopEntitiesQuery(since, null, Set.of(EntityType.PERSON),
        "harbour-gazette.test", 5);
    ArticleSearch.Statement s = ArticleSearch.topEntitiesSql(q);
    assertThat(s.sql())
        .startsWith("SELECT entity_key, (array_agg(name ORDER BY articles DESC, mentions DESC")
        .contains("count(*) AS articles, sum(e.mention_count) AS mentions")
        .contains("e.type = ANY (?)").contains("a.article_time >= ?")
        .doesNotContain("a.article_time < ?")
        .contains("GROUP BY e.entity_key, e.name, e.type) AS per_name GROUP BY entity_key, type")
        .endsWith("ORDER BY articles DESC, mentions DESC, entity_key COLLATE \"C\" LIMIT ?");
    assertThat(s.params.get(0)).isEqualTo(new String[] {"PERSON"});
    assertThat(s.params.subList(1, s.params.size())).containsExactly(
        OffsetDateTime.parse("2031-03-14T00:00:00Z"), "harbour-gazette.test", 21,
        ".harbour-gazette.test", 5);
  }

  @Test
  void topCountsNamesNotAmountsUnlessAsked() {
    assertThat(TopEntitiesQuery.all().types()).containsExactlyInAnyOrder(EntityType.PERSON,
        EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC);
    assertThat(TopEntitiesQuery.types(List.of("person", " MONEY ")))
        .containsExactlyInAnyOrder(EntityType.PERSON, EntityType.MONEY);
  }

  @Test
  void anUnknownEntityTypeIsRefusedWithTheValidOnes() {
    assertThatThrownBy(() -> TopEntitiesQuery.types(List.of("persons")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown entity type 'persons': use one of person, organization, location, "
            + "misc, money, percent, date");
  }

  @Test
  void aSiteIsAHostWithoutWww() {
    assertThat(SearchQuery.site("harbour-gazette.test")).isEqualTo("harbour-gazette.test");
    assertThat(SearchQuery.site(" https://www.Harbour-Gazette.test/news/a1 "))
        .isEqualTo("harbour-gazette.test");
    assertThat(SearchQuery.site("127.0.0.1:8080")).isEqualTo("127.0.0.1");
    assertThat(SearchQuery.site(" ")).isNull();
    assertThatThrownBy(() -> SearchQuery.site("not a host"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a site");
  }

  @Test
  void anEmptyTimeWindowIsRefused() {
    Instant t = Instant.parse("2031-03-14T00:00:00Z");
    assertThatThrownBy(() -> SearchQuery.text("rider").within(Duration.ZERO, t).withUntil(t))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time window is empty");
    assertThatThrownBy(() -> new TopEntitiesQuery(t, t.minusSeconds(1), null, null, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFormatIsReadInAnyCase() {
    assertThat(OutputFormat.of(" Json ")).isEqualTo(OutputFormat.JSON);
    assertThatThrownBy(() -> OutputFormat.of("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'xml': use one of table, json, csv");
  }

  @Test
  void aQueryNeedsAFilter() {
    assertThat(new SearchQuery(null, null, null, null, null, "harbour-gazette.test", 10).site())
        .isEqualTo("harbour-gazette.test");
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
