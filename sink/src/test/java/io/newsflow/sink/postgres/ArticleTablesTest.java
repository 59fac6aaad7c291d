package io.newsflow.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.Speaker;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.sink.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTablesTest {

  @Test
  void theArticleUpsertReplacesARowOnlyWithANewerVersionAndReturnsWhatItChanged() {
    String sql = ArticleTables.ARTICLES.sql(2);
    assertThat(sql)
        .startsWith("INSERT INTO articles (id, version, schema_version, ")
        .contains("ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, ")
        .contains("written_at = now()")
        .endsWith(" WHERE articles.version < EXCLUDED.version RETURNING id");
    assertThat(sql).doesNotContain("id = EXCLUDED.id");
  }

  @Test
  void everyValueIsABindParameter() {
    int columns = ArticleTables.ARTICLE_COLUMNS.size();
    String sql = ArticleTables.ARTICLES.sql(3);
    assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(3L * columns);
    assertThat(sql).contains("VALUES (" + "?, ".repeat(columns - 1) + "?), (");
  }

  @Test
  void childRowsGoInAsOneTypedArrayPerColumn() {
    assertThat(ArticleTables.ENTITIES.sql())
        .isEqualTo("INSERT INTO entities (article_id, entity_key, name, type, mention_count, "
            + "salience, normalized, article_time) SELECT * FROM unnest(?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::int4[], ?::float8[], ?::text[], ?::text[]::timestamptz[])");
    assertThat(ArticleTables.CLAIMS.sql())
        .doesNotContain("ON CONFLICT")
        .contains("?::bool[]");
  }

  @Test
  void arrayColumnsCannotBeUnnested() {
    assertThatThrownBy(() -> new UnnestInsert("articles", ArticleTables.ARTICLE_COLUMNS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneStatementStaysUnderTheProtocolLimitOnParameters() {
    MultiRowInsert articles = ArticleTables.ARTICLES;
    assertThat(articles.maxRows() * articles.columns().size())
        .isLessThanOrEqualTo(MultiRowInsert.MAX_PARAMETERS);
    assertThatThrownBy(() -> articles.sql(articles.maxRows() + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> articles.sql(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rowsHaveOneValuePerColumn() {
    EnrichedArticle a = Fixtures.norvane("n1", 3);
    assertThat(ArticleTables.articleRow(a)).hasSize(ArticleTables.ARTICLE_COLUMNS.size());
    assertThat(ArticleTables.entityRows(a))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r).hasSize(ArticleTables.ENTITY_COLUMNS.size()));
    assertThat(ArticleTables.claimRows(a))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r).hasSize(ArticleTables.CLAIM_COLUMNS.size()));
  }

  @Test
  void aSpeakerResolvesToTheKeyOfTheArticlesEntityOfThatName() {
    EnrichedArticle a = Fixtures.norvane("n1", 1);
    assertThat(ArticleTables.speakerKey(a,
        new Speaker("a Norvane spokesperson", "norvane systems", SpeakerKind.ORGANIZATION)))
        .isEqualTo("organization:norvane-systems");
    assertThat(ArticleTables.speakerKey(a,
        new Speaker("Pell Osgood", "Pell Osgood", SpeakerKind.PERSON)))
        .isEqualTo("person:pell-osgood");
    assertThat(ArticleTables.speakerKey(a, new Speaker("sources", null, SpeakerKind.ANONYMOUS)))
        .isNull();
  }

  @Test
  void aBatchKeepsTheLatestVersionOfEachArticleSortedById() {
    List<EnrichedArticle> latest =
        PostgresSink.latestVersions(
            List.of(
                Fixtures.simple("b", 1),
                Fixtures.norvane("a", 2),
                Fixtures.simple("b", 3),
                Fixtures.norvane("a", 1)));
    assertThat(latest).extracting(EnrichedArticle::id, EnrichedArticle::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", 2), org.assertj.core.groups.Tuple.tuple("b", 3));
  }
}
