package io.newsflow.sink.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.error.PermanentException;
import io.newsflow.core.error.RetriableException;
import io.newsflow.sink.TestDatabase;
import io.newsflow.sink.postgres.PostgresConnections;
import io.newsflow.sink.postgres.PostgresSink;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search and top over {@link SearchFixtures} written by the sink's own writer. */
class ArticleSearchIT {
  private static TestDatabase db;
  private static ArticleSearch search;

  @BeforeAll
  static void writeTheFixtures() {
    db = TestDatabase.create();
    try (PostgresSink sink = new PostgresSink(db.dataSource(), db.url())) {
      sink.migrate();
      sink.write(SearchFixtures.articles());
    }
    search = new ArticleSearch(db.dataSource(), db.url());
  }

  @AfterAll
  static void dropIt() {
    if (db != null) {
      db.close();
    }
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  @Test
  void untilExcludesArticlesFromThatInstantOn() {
    SearchQuery norvane = SearchQuery.text("Norvane");
    assertThat(search.search(norvane)).extracting(SearchHit::id)
        .containsExactlyInAnyOrder("n1", "n2");
    assertThat(search.search(norvane.withUntil(at("2031-03-12T10:00:00Z"))))
        .extracting(SearchHit::id).containsExactly("n1");
  }

  @Test
  void sinceAndUntilTogetherMakeAWindow() {
    SearchQuery window = new SearchQuery(null, at("2031-03-11T00:00:00Z"),
        at("2031-03-15T00:00:00Z"), null, null, null, 10);
    assertThat(search.search(window)).extracting(SearchHit::id).containsExactly("n3", "n2");
  }

  @Test
  void aSiteTakesItsSubdomainsButNoOtherSite() {
    assertThat(search.search(new SearchQuery(null, null, null, null, null,
        "harbour-gazette.test", 10))).extracting(SearchHit::id).containsExactly("n3", "n1");
    assertThat(search.search(SearchQuery.text("Port Alder").withSite("valley-courier.test")))
        .extracting(SearchHit::id).containsExactly("n2");
    assertThat(search.search(SearchQuery.text("Norvane").withSite("gazette.test"))).isEmpty();
  }

  @Test
  void aTextSearchHasARankAndASnippetWithTheMatchesMarked() {
    List<SearchHit> hits = search.search(SearchQuery.text("rider data"));
    assertThat(hits).extracting(SearchHit::id).containsExactly("n1");
    assertThat(hits.get(0).rank()).isPositive();
    assertThat(hits.get(0).snippet()).contains("[rider]").contains("[data]");
  }

  @Test
  void withoutTextThereIsNoRankAndTheSnippetIsTheStartOfTheText() {
    SearchHit n4 = search.search(SearchQuery.text("ferry").withSite("courrier-du-lac.test"))
        .get(0);
    assertThat(n4.rank()).isNotNull();
    SearchHit plain = search.search(new SearchQuery(null, null, null, null, null,
        "courrier-du-lac.test", 10)).get(0);
    assertThat(plain.rank()).isNull();
    assertThat(plain.snippet()).startsWith("The ferry quay of Port Alder");
  }

  @Test
  void topCountsArticlesThenMentionsWithTheMostFrequentName() {
    assertThat(search.topEntities(TopEntitiesQuery.all())).containsExactly(
        new TopEntity("location:port-alder", "Port Alder", EntityType.LOCATION, 3, 4),
        new TopEntity("person:ines-varga", "Ines Varga", EntityType.PERSON, 3, 4),
        new TopEntity("organization:norvane-systems", "Norvane Systems",
            EntityType.ORGANIZATION, 2, 5),
        new TopEntity("organization:tessaly-foods", "Tessaly Foods", EntityType.ORGANIZATION,
            2, 3));
  }

  @Test
  void topKeepsToTheTypesAsked() {
    assertThat(search.topEntities(new TopEntitiesQuery(null, null, Set.of(EntityType.PERSON),
        null, 10))).extracting(TopEntity::key).containsExactly("person:ines-varga");
    assertThat(search.topEntities(new TopEntitiesQuery(null, null, Set.of(EntityType.MONEY),
        null, 10))).extracting(TopEntity::name).containsExactly("$2 million");
  }

  @Test
  void topCountsOnlyTheArticlesOfTheWindowAndSite() {
    assertThat(search.topEntities(new TopEntitiesQuery(at("2031-03-12T00:00:00Z"), null, null,
        null, 2))).containsExactly(
        new TopEntity("location:port-alder", "Port Alder", EntityType.LOCATION, 3, 4),
        new TopEntity("person:ines-varga", "Ines Varga", EntityType.PERSON, 2, 3));
    assertThat(search.topEntities(new TopEntitiesQuery(at("2031-03-12T00:00:00Z"),
        at("2031-03-14T00:00:00Z"), Set.of(EntityType.PERSON), null, 10)))
        .containsExactly(new TopEntity("person:ines-varga", "Ines Varga", EntityType.PERSON, 1, 2));
    assertThat(search.topEntities(new TopEntitiesQuery(null, null, null,
        "harbour-gazette.test", 10))).extracting(TopEntity::key, TopEntity::articles)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("organization:tessaly-foods", 2L),
            org.assertj.core.groups.Tuple.tuple("person:ines-varga", 2L),
            org.assertj.core.groups.Tuple.tuple("organization:norvane-systems", 1L),
            org.assertj.core.groups.Tuple.tuple("location:port-alder", 1L));
  }

  @Test
  void anUnreachableDatabaseIsNamedByItsUrlWithoutThePassword() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/test?password=s3cret"
        + "&connectTimeout=2";
    ArticleSearch down = new ArticleSearch(PostgresConnections.dataSource(url, "postgres", null),
        PostgresConnections.redact(url));
    assertThatThrownBy(() -> down.topEntities(TopEntitiesQuery.all()))
        .isInstanceOf(RetriableException.class)
        .hasMessageStartingWith("cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:"
            + closedPort + "/test?password=****&connectTimeout=2: ")
        .hasMessageNotContaining("s3cret")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aSchemaWithoutTheTablesSaysSo() {
    try (TestDatabase empty = TestDatabase.create()) {
      ArticleSearch nothing = new ArticleSearch(empty.dataSource(), empty.url());
      assertThatThrownBy(() -> nothing.search(SearchQuery.text("rider")))
          .isInstanceOf(PermanentException.class)
          .hasMessageStartingWith("no sink tables in the schema of " + empty.url());
    }
  }
}
