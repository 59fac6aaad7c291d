package io.newsflow.web.page;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.EnrichmentInfo;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import io.newsflow.core.enrichment.QuoteKind;
import io.newsflow.core.enrichment.Speaker;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.core.enrichment.Stance;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Fictional enriched articles for the page's tests, offsets computed from the text. */
final class Articles {
  private Articles() {}

  static final String LAWSUIT_TEXT =
      "Residents of Tessaly allege that Corvia Mills poisoned the river, a complaint says.\n\n"
          + "Corvia Mills denied the claims in a statement.";

  /** An allegation (claim 1) and the denial that answers it (claim 2). */
  static EnrichedArticle lawsuit(String id, int version, Instant fetchedAt) {
    String text = LAWSUIT_TEXT;
    Entity corvia = entity("organization:corvia-mills", "Corvia Mills", EntityType.ORGANIZATION,
        text, "Corvia Mills");
    Entity tessaly = entity("location:tessaly", "Tessaly", EntityType.LOCATION, text, "Tessaly");
    String allegation = "Corvia Mills poisoned the river";
    String denial = "the claims";
    List<Claim> claims = List.of(
        claim(1, text, allegation, Stance.ALLEGATION, "Residents of Tessaly", null, "allege", null),
        claim(2, text, denial, Stance.DENIAL, "Corvia Mills", "Corvia Mills", "denied", 1));
    return article(id, version, "Lawsuit alleges Corvia Mills poisoned the river",
        "https://harbour-ledger.example/lawsuit", text, List.of(corvia, tessaly), claims,
        fetchedAt);
  }

  static EnrichedArticle article(String id, int version, String title, String url, String text,
      List<Entity> entities, List<Claim> claims, Instant fetchedAt) {
    return new EnrichedArticle(1, id, version, version > 1, url, url, "https://harbour-ledger.example/rss",
        "harbour-ledger.example", fetchedAt, "h" + version, title, text, List.of("Ada Pell"),
        OffsetDateTime.of(2026, 3, 12, 9, 30, 0, 0, ZoneOffset.UTC), null, "en", null, null,
        null, List.of(), "Harbour Ledger", false, entities, claims,
        new EnrichmentInfo("test", fetchedAt, null, false, text.length(), 1));
  }

  /** An entity whose mentions are every occurrence of {@code written} in the text. */
  static Entity entity(String key, String name, EntityType type, String text, String written) {
    List<Mention> mentions = new ArrayList<>();
    for (int at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      int start = text.codePointCount(0, at);
      mentions.add(new Mention(written, start, start + written.codePointCount(0, written.length()),
          null));
    }
    return new Entity(key, name, type, mentions.size(), 0.5, null, mentions);
  }

  static Claim claim(int seq, String text, String span, Stance stance, String speaker,
      String speakerEntity, String cue, Integer answers) {
    int at = text.indexOf(span);
    int start = text.codePointCount(0, at);
    return new Claim(seq, span, start, start + span.codePointCount(0, span.length()), stance,
        new Speaker(speaker, speakerEntity, SpeakerKind.ORGANIZATION), cue, QuoteKind.INDIRECT,
        false, answers, null);
  }
}
