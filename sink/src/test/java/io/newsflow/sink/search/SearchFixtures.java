package io.newsflow.sink.search;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.EnrichmentInfo;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.sink.Fixtures;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Four fictional articles on three sites over five days, for the search and top ITs (the sink's
 * and the launcher's). Who is in which:
 *
 * <pre>
 * id  site                       published (UTC)   entities (mentions)
 * n1  www.harbour-gazette.test   2031-03-10 08:00  Norvane Systems 3, Tessaly Foods 2,
 *                                                  Ines Varga 1
 * n2  valley-courier.test        2031-03-12 10:00  Norvane Systems 2, Ines Varga 2, Port Alder 1
 * n3  news.harbour-gazette.test  2031-03-14 09:00  Tessaly Foods 1, INES VARGA 1, Port Alder 2,
 *                                                  $2 million 1
 * n4  courrier-du-lac.test       2031-03-15 07:00  Port Alder 1
 * </pre>
 *
 * <p>All of them: Port Alder and Ines Varga in 3 articles (4 mentions each), Norvane Systems and
 * Tessaly Foods in 2 (5 and 3 mentions). n1 holds an allegation and a denial, n2 an assertion.
 */
public final class SearchFixtures {
  public static final String N3_TITLE = "Tessaly Foods opens \"Quay Kitchen\", hires 40";

  private SearchFixtures() {}

  public static List<EnrichedArticle> articles() {
    return List.of(
        article("n1", "www.harbour-gazette.test", "2031-03-10T08:00:00Z",
            "Norvane Systems denies sharing rider data with Tessaly Foods",
            "Norvane Systems denied on Tuesday that it shared rider location data with Tessaly "
                + "Foods. A complaint filed by the Harbour Riders Union alleges the data was sold "
                + "for years, Ines Varga said.",
            List.of(
                Fixtures.entity(EntityType.ORGANIZATION, "Norvane Systems", 3, 0.9),
                Fixtures.entity(EntityType.ORGANIZATION, "Tessaly Foods", 2, 0.5),
                Fixtures.entity(EntityType.PERSON, "Ines Varga", 1, 0.2)),
            List.of(
                Fixtures.claim(1, Stance.ALLEGATION, "a complaint", null, SpeakerKind.DOCUMENT,
                    "alleges", "the data was sold for years"),
                Fixtures.claim(2, Stance.DENIAL, "Norvane Systems", "Norvane Systems",
                    SpeakerKind.ORGANIZATION, "denied", "it shared rider location data"))),
        article("n2", "valley-courier.test", "2031-03-12T10:00:00Z",
            "Riders rally outside Norvane Systems offices in Port Alder",
            "Riders gathered in Port Alder on Thursday. Ines Varga told the crowd that Norvane "
                + "Systems owes them an answer. Ines Varga will speak again next week.",
            List.of(
                Fixtures.entity(EntityType.ORGANIZATION, "Norvane Systems", 2, 0.8),
                Fixtures.entity(EntityType.PERSON, "Ines Varga", 2, 0.7),
                Fixtures.entity(EntityType.LOCATION, "Port Alder", 1, 0.3)),
            List.of(Fixtures.claim(1, Stance.ASSERTION, "Ines Varga", "Ines Varga",
                SpeakerKind.PERSON, "told", "Norvane Systems owes them an answer"))),
        article("n3", "news.harbour-gazette.test", "2031-03-14T09:00:00Z", N3_TITLE,
            "Tessaly Foods opened a kitchen on the Port Alder quay, a $2 million project.\n"
                + "INES VARGA cut the ribbon. Port Alder's mayor was away.",
            List.of(
                Fixtures.entity(EntityType.ORGANIZATION, "Tessaly Foods", 1, 0.9),
                Fixtures.entity(EntityType.PERSON, "INES VARGA", 1, 0.3),
                Fixtures.entity(EntityType.LOCATION, "Port Alder", 2, 0.5),
                Fixtures.entity(EntityType.MONEY, "$2 million", 1, 0.1)),
            List.of()),
        article("n4", "courrier-du-lac.test", "2031-03-15T07:00:00Z",
            "Port Alder reopens its ferry quay",
            "The ferry quay of Port Alder reopened on Saturday after repairs.",
            List.of(Fixtures.entity(EntityType.LOCATION, "Port Alder", 1, 0.9)),
            List.of()));
  }

  private static EnrichedArticle article(String id, String site, String published, String title,
      String text, List<Entity> entities, List<Claim> claims) {
    OffsetDateTime time = OffsetDateTime.parse(published);
    String url = "https://" + site + "/2031/" + id;
    return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, 1, false, url, url, "test",
        site, time.toInstant().plusSeconds(300), "hash-" + id, title, text, List.of(), time,
        null, "en", null, null, null, List.of(), null, false, entities, claims,
        new EnrichmentInfo("test-engine", time.toInstant().plusSeconds(302), null, false,
            text.length(), 5));
  }
}
