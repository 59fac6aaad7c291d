package io.newsflow.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.core.error.RetriableException;
import io.newsflow.sink.Fixtures;
import io.newsflow.sink.RejectedArticleException;
import io.newsflow.sink.TestDatabase;
import io.newsflow.sink.search.ArticleSearch;
import io.newsflow.sink.search.SearchHit;
import io.newsflow.sink.search.SearchQuery;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresSinkIT {
  private TestDatabase db;
  private PostgresSink sink;

  @BeforeEach
  void schemaOfItsOwn() {
    db = TestDatabase.create();
    sink = new PostgresSink(db.dataSource(), db.url());
    sink.migrate();
  }

  @AfterEach
  void dropIt() {
    if (sink != null) {
      sink.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void migrationsCreateTheTablesInTheConnectionsSchema() {
    assertThat(db.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
        + "ORDER BY table_name", db.schema()))
        .extracting(r -> r.get(0))
        .containsExactly("articles", "claims", "entities", "flyway_schema_history");
    assertThat(db.number("SELECT count(*) FROM pg_indexes WHERE schemaname = ? "
        + "AND indexdef LIKE '%USING gin (search)%'", db.schema())).isEqualTo(1);
  }

  @Test
  void migratingAgainChangesNothing() {
    new PostgresSink(db.dataSource(), db.url()).migrate();
    assertThat(db.number("SELECT count(*) FROM flyway_schema_history")).isEqualTo(1);
  }

  @Test
  void anArticleIsWrittenWithItsEntitiesAndClaims() {
    sink.write(List.of(Fixtures.norvane("n1", 1)));
    assertThat(db.rows("SELECT version, title, word_count, authors[1], language FROM articles"))
        .containsExactly(List.of(1, "Norvane Systems denies sharing rider data with Tessaly Foods",
            29, "Ines Varga", "en"));
    assertThat(db.rows("SELECT entity_key, mention_count FROM entities ORDER BY entity_key"))
        .containsExactly(List.of("organization:norvane-systems", 3),
            List.of("organization:tessaly-foods", 2));
    assertThat(db.rows("SELECT seq, stance, speaker_key, speaker_kind, cue FROM claims ORDER BY seq"))
        .containsExactly(
            java.util.Arrays.asList(1, "ALLEGATION", null, "document", "alleges"),
            List.of(2, "DENIAL", "organization:norvane-systems", "organization", "denied"));
  }

  @Test
  void aNewerVersionReplacesTheRowAndAllItsChildRows() {
    sink.write(List.of(Fixtures.norvane("n1", 1)));
    EnrichedArticle v2 = Fixtures.article("n1", 2, "Norvane Systems settles rider data complaint",
        "Norvane Systems agreed to pay riders, Ines Varga said.",
        List.of(Fixtures.entity(EntityType.PERSON, "Ines Varga", 1, 0.4)),
        List.of(
            Fixtures.claim(1, Stance.ASSERTION, "Ines Varga", "Ines Varga", SpeakerKind.PERSON,
                "said", "Norvane Systems agreed to pay riders"),
            Fixtures.claim(2, Stance.ASSERTION, "Ines Varga", "Ines Varga", SpeakerKind.PERSON,
                "said", "agreed to pay"),
            Fixtures.claim(3, Stance.ALLEGATION, "riders", null, SpeakerKind.ANONYMOUS,
                "claimed", "pay came late")));
    sink.write(List.of(v2));
    assertThat(db.rows("SELECT version, title, updated FROM articles"))
        .containsExactly(List.of(2, "Norvane Systems settles rider data complaint", true));
    assertThat(db.rows("SELECT entity_key FROM entities")).containsExactly(List.of("person:ines-varga"));
    assertThat(db.number("SELECT count(*) FROM claims")).isEqualTo(3);
  }

  @Test
  void anOlderVersionArrivingLateChangesNothing() {
    sink.write(List.of(Fixtures.norvane("n1", 3)));
    Object writtenAt = db.rows("SELECT written_at FROM articles").get(0).get(0);
    sink.write(List.of(Fixtures.simple("n1", 2)));
    assertThat(db.rows("SELECT version, title, written_at FROM articles"))
        .containsExactly(List.of(3, Fixtures.norvane("n1", 3).title(), writtenAt));
    assertThat(db.number("SELECT count(*) FROM entities")).isEqualTo(2);
    assertThat(db.number("SELECT count(*) FROM claims")).isEqualTo(2);
  }

  @Test
  void theSameVersionWrittenTwiceIsWrittenOnce() {
    List<EnrichedArticle> batch = List.of(Fixtures.norvane("n1", 1), Fixtures.simple("s1", 1));
    sink.write(batch);
    Object writtenAt = db.rows("SELECT written_at FROM articles WHERE id = 'n1'").get(0).get(0);
    sink.write(batch);
    assertThat(db.number("SELECT count(*) FROM articles")).isEqualTo(2);
    assertThat(db.number("SELECT count(*) FROM entities")).isEqualTo(3);
    assertThat(db.rows("SELECT written_at FROM articles WHERE id = 'n1'").get(0).get(0))
        .isEqualTo(writtenAt);
  }

  @Test
  void twoVersionsInOneBatchLeaveTheNewer() {
    sink.write(List.of(Fixtures.simple("s1", 2), Fixtures.norvane("s1", 1)));
    assertThat(db.rows("SELECT version FROM articles")).containsExactly(List.of(2));
  }

  @Test
  void aConstraintViolationNamesTheArticleAndWritesNothingOfTheBatch() {
    EnrichedArticle bad = Fixtures.article("bad", 1, "Salience out of range", "text",
        List.of(Fixtures.entity(EntityType.ORGANIZATION, "Norvane Systems", 1, 1.5)), List.of());
    assertThatThrownBy(() -> sink.write(List.of(Fixtures.simple("a", 1), bad, Fixtures.simple("c", 1))))
        .isInstanceOfSatisfying(RejectedArticleException.class, e -> {
          assertThat(e.articleId()).isEqualTo("bad");
          assertThat(e.version()).isEqualTo(1);
          assertThat(e.getMessage()).contains("entities_salience_check").contains("[23514]");
        });
    assertThat(db.number("SELECT count(*) FROM articles")).isZero();
    sink.write(List.of(Fixtures.simple("a", 1), Fixtures.simple("c", 1)));
    assertThat(db.number("SELECT count(*) FROM articles")).isEqualTo(2);
  }

  @Test
  void aNulCharacterInTheTextIsRefusedAsABadRecord() {
    EnrichedArticle nul = Fixtures.article("nul", 1, "Broken page", "before\u0000after",
        List.of(), List.of());
    assertThatThrownBy(() -> sink.write(List.of(nul)))
        .isInstanceOfSatisfying(RejectedArticleException.class,
            e -> assertThat(e.articleId()).isEqualTo("nul"));
  }

  @Test
  void anUnreachableDatabaseIsRetriableAndSaysWhereWithoutThePassword() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/test?connectTimeout=2";
    PostgresSink down = new PostgresSink(
        PostgresConnections.dataSource(url, "postgres", "s3cret"), PostgresConnections.redact(url));
    assertThatThrownBy(() -> down.write(List.of(Fixtures.simple("a", 1))))
        .isInstanceOf(RetriableException.class)
        .hasMessageContaining("127.0.0.1:" + closedPort)
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void fullTextSearchRanksTheBestMatchFirstAndStemsWords() {
    sink.write(List.of(
        Fixtures.norvane("n1", 1),
        Fixtures.simple("s1", 1),
        Fixtures.article("r2", 1, "Ferry riders wait", "Riders of the harbour ferry waited for a timetable.",
            List.of(), List.of())));
    ArticleSearch search = new ArticleSearch(db.dataSource());
    List<SearchHit> hits = search.search(SearchQuery.text("rider data"));
    assertThat(hits).extracting(SearchHit::id).containsExactly("n1");
    assertThat(hits.get(0).snippet()).contains("[rider]");
    assertThat(search.search(SearchQuery.text("denying")))
        .extracting(SearchHit::id).containsExactly("n1");
    assertThat(search.search(SearchQuery.text("rider -tessaly")))
        .extracting(SearchHit::id).containsExactly("r2");
    // In the title and the text beats in the text only.
    assertThat(search.search(SearchQuery.text("timetables")))
        .extracting(SearchHit::id).containsExactly("s1", "r2");
  }

  @Test
  void articlesInOtherLanguagesAreSearchedWordForWord() {
    EnrichedArticle german = new EnrichedArticle(1, "de1", 1, false, "https://hafen.test/a",
        null, "hafen", "hafen.test", null, null, "Fährplan ändert sich im Mai",
        "Der neue Fährplan bringt eine Abendfähre.", List.of(), null, null, "de", null, null,
        null, List.of(), null, false, List.of(), List.of(), null);
    sink.write(List.of(german, Fixtures.simple("s1", 1)));
    ArticleSearch search = new ArticleSearch(db.dataSource());
    assertThat(search.search(SearchQuery.text("Fährplan"))).extracting(SearchHit::id)
        .containsExactly("de1");
    assertThat(search.search(SearchQuery.text("timetable"))).extracting(SearchHit::id)
        .containsExactly("s1");
  }

  @Test
  void searchFiltersByEntityNameInAnyCaseAndListsTheClaimsOfAStance() {
    sink.write(List.of(
        Fixtures.norvane("n1", 1),
        Fixtures.article("t1", 1, "Tessaly Foods denies late payments",
            "Tessaly Foods denied paying its suppliers late.",
            List.of(Fixtures.entity(EntityType.ORGANIZATION, "Tessaly Foods", 2, 0.8)),
            List.of(Fixtures.claim(1, Stance.DENIAL, "Tessaly Foods", "Tessaly Foods",
                SpeakerKind.ORGANIZATION, "denied", "paying its suppliers late")))));
    ArticleSearch search = new ArticleSearch(db.dataSource());

    assertThat(search.search(new SearchQuery(null, null, "tessaly foods", null, 10)))
        .extracting(SearchHit::id).containsExactlyInAnyOrder("n1", "t1");

    List<SearchHit> denials =
        search.search(new SearchQuery(null, null, "NORVANE SYSTEMS", Stance.DENIAL, 10));
    assertThat(denials).singleElement().satisfies(h -> {
      assertThat(h.id()).isEqualTo("n1");
      assertThat(h.claims()).singleElement().satisfies(c -> {
        assertThat(c.cue()).isEqualTo("denied");
        assertThat(c.speakerEntity()).isEqualTo("Norvane Systems");
      });
    });
    assertThat(search.search(new SearchQuery(null, null, null, Stance.DENIAL, 10)))
        .hasSize(2);
  }

  @Test
  void aTimeWindowExcludesOlderArticles() {
    sink.write(List.of(Fixtures.norvane("n1", 1)));
    ArticleSearch search = new ArticleSearch(db.dataSource());
    assertThat(search.search(new SearchQuery("rider", Fixtures.PUBLISHED.toInstant().minusSeconds(1),
        null, null, 10))).hasSize(1);
    assertThat(search.search(new SearchQuery("rider", Fixtures.PUBLISHED.toInstant().plusSeconds(1),
        null, null, 10))).isEmpty();
  }
}
