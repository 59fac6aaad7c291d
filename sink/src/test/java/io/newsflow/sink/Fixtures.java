package io.newsflow.sink;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.EnrichmentInfo;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityKey;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import io.newsflow.core.enrichment.QuoteKind;
import io.newsflow.core.enrichment.Speaker;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.core.enrichment.Stance;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Fictional enriched articles for the sink's tests: made-up outlets, people and companies (the
 * Harbour Gazette, Norvane Systems, Ines Varga, Tessaly Foods).
 */
public final class Fixtures {
  public static final OffsetDateTime PUBLISHED =
      OffsetDateTime.of(2031, 3, 14, 9, 30, 0, 0, ZoneOffset.ofHours(2));

  private Fixtures() {}

  public static Entity entity(EntityType type, String name, int mentions, double salience) {
    return new Entity(EntityKey.of(type, name), name, type, mentions, salience, null,
        List.of(new Mention(name, 0, name.length(), null)));
  }

  public static Claim claim(int seq, Stance stance, String speakerText, String speakerEntity,
      SpeakerKind kind, String cue, String text) {
    return new Claim(seq, text, 10 * seq, 10 * seq + text.length(), stance,
        new Speaker(speakerText, speakerEntity, kind), cue, QuoteKind.DIRECT, false, null, null);
  }

  /** The Norvane data-sharing story at {@code version}: two entities, an allegation, a denial. */
  public static EnrichedArticle norvane(String id, int version) {
    return article(
        id,
        version,
        "Norvane Systems denies sharing rider data with Tessaly Foods",
        "Norvane Systems denied on Tuesday that it shared rider location data with Tessaly Foods. "
            + "A complaint filed by the Harbour Riders Union alleges the data was sold for years.",
        List.of(
            entity(EntityType.ORGANIZATION, "Norvane Systems", 3, 0.9),
            entity(EntityType.ORGANIZATION, "Tessaly Foods", 2, 0.5)),
        List.of(
            claim(1, Stance.ALLEGATION, "a complaint", null, SpeakerKind.DOCUMENT, "alleges",
                "the data was sold for years"),
            claim(2, Stance.DENIAL, "Norvane Systems", "Norvane Systems",
                SpeakerKind.ORGANIZATION, "denied", "it shared rider location data")));
  }

  /** A plain article with one person and no claims. */
  public static EnrichedArticle simple(String id, int version) {
    return article(
        id,
        version,
        "Harbour ferry timetable changes from May, version " + version,
        "Ines Varga, who runs the ferry line, said the new timetable adds an evening crossing.",
        List.of(entity(EntityType.PERSON, "Ines Varga", 1, 0.7)),
        List.of(claim(1, Stance.ASSERTION, "Ines Varga", "Ines Varga", SpeakerKind.PERSON, "said",
            "the new timetable adds an evening crossing")));
  }

  public static EnrichedArticle article(String id, int version, String title, String text,
      List<Entity> entities, List<Claim> claims) {
    Instant fetched = PUBLISHED.toInstant().plusSeconds(600);
    return new EnrichedArticle(
        EnrichedArticle.SCHEMA_VERSION,
        id,
        version,
        version > 1,
        "https://harbour-gazette.test/news/" + id,
        "https://harbour-gazette.test/news/" + id,
        "harbour-gazette",
        "harbour-gazette.test",
        fetched,
        "hash-" + id + "-" + version,
        title,
        text,
        List.of("Ines Varga"),
        PUBLISHED,
        null,
        "en",
        "A fictional story for tests.",
        null,
        "business",
        List.of("data", "harbour"),
        "The Harbour Gazette",
        false,
        entities,
        claims,
        new EnrichmentInfo("test-engine", fetched.plusSeconds(2), null, false, text.length(), 5));
  }
}
