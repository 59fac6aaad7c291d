package io.newsflow.sink.postgres;

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
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up enriched articles of a realistic shape for benchmarks and tests: a few hundred words of
 * text, about ten entities and five claims each, all names invented. The same seed gives the same
 * articles.
 */
public final class SyntheticArticles {
  private static final String[] WORDS = {
    "the", "council", "said", "on", "Tuesday", "that", "new", "rules", "would", "apply", "to",
    "harbour", "traffic", "from", "next", "spring", "while", "critics", "warned", "costs", "could",
    "rise", "for", "small", "firms", "across", "region", "officials", "declined", "comment",
    "report", "found", "water", "levels", "market", "shares", "fell", "after", "announcement",
    "investigation", "into", "contracts", "continued", "despite", "objections", "board", "vote",
    "budget", "schools", "hospital", "workers", "strike", "talks", "resumed", "late", "evening"
  };
  private static final String[] SYLLABLES = {
    "ka", "lo", "mer", "vin", "tas", "ro", "quel", "dan", "bri", "sol", "te", "mar", "yu", "ost"
  };
  private static final String[] CUES = {"said", "denied", "alleged", "according to", "claimed"};

  private final Random random;

  public SyntheticArticles(long seed) {
    this.random = new Random(seed);
  }

  /** Article number {@code n} at {@code version}, with {@code entities} and {@code claims}. */
  public EnrichedArticle article(int n, int version, int entities, int claims) {
    String id = HexFormat.of().formatHex(ByteBuffer.allocate(16).putLong(0x5eedL).putLong(n).array());
    StringBuilder text = new StringBuilder();
    int words = 400 + random.nextInt(400);
    for (int w = 0; w < words; w++) {
      text.append(w == 0 ? "" : w % 60 == 0 ? ".\n\n" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    text.append('.');
    List<Entity> entityList = new ArrayList<>();
    for (int e = 0; e < entities; e++) {
      EntityType type = e % 3 == 0 ? EntityType.PERSON
          : e % 3 == 1 ? EntityType.ORGANIZATION : EntityType.LOCATION;
      String name = name(type, random.nextInt(500));
      entityList.add(
          new Entity(
              EntityKey.of(type, name),
              name,
              type,
              1 + random.nextInt(5),
              Math.round(random.nextDouble() * 1000) / 1000.0,
              null,
              List.of(new Mention(name, 0, name.length(), null))));
    }
    List<Entity> unique = dedupe(entityList);
    List<Claim> claimList = new ArrayList<>();
    for (int c = 1; c <= claims; c++) {
      Entity speaker = unique.get(random.nextInt(unique.size()));
      int start = random.nextInt(Math.max(1, text.length() - 200));
      Stance stance = Stance.values()[random.nextInt(Stance.values().length)];
      claimList.add(
          new Claim(
              c,
              text.substring(start, start + Math.min(120, text.length() - start)),
              start,
              start + Math.min(120, text.length() - start),
              stance,
              new Speaker(speaker.name(), speaker.name(),
                  speaker.type() == EntityType.PERSON ? SpeakerKind.PERSON : SpeakerKind.ORGANIZATION),
              CUES[random.nextInt(CUES.length)],
              QuoteKind.INDIRECT,
              random.nextInt(5) == 0,
              null,
              null));
    }
    OffsetDateTime published =
        OffsetDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(n);
    Instant fetched = published.toInstant().plusSeconds(300);
    return new EnrichedArticle(
        EnrichedArticle.SCHEMA_VERSION,
        id,
        version,
        version > 1,
        "https://harbour-gazette.test/news/" + n,
        "https://harbour-gazette.test/news/" + n,
        "bench",
        "harbour-gazette.test",
        fetched,
        Integer.toHexString(text.toString().hashCode()) + "-" + version,
        "Harbour council story number " + n + " version " + version,
        text.toString(),
        List.of(name(EntityType.PERSON, n % 50)),
        published,
        null,
        "en",
        "A made-up story for measuring the sink.",
        null,
        "local",
        List.of("harbour", "council"),
        "The Harbour Gazette",
        false,
        unique,
        claimList,
        new EnrichmentInfo("synthetic", fetched.plusSeconds(1), null, false, text.length(), 0));
  }

  private static List<Entity> dedupe(List<Entity> entities) {
    List<Entity> unique = new ArrayList<>();
    for (Entity e : entities) {
      if (unique.stream().noneMatch(u -> u.key().equals(e.key()))) {
        unique.add(e);
      }
    }
    return unique;
  }

  /** An invented name, the same for the same type and number. */
  static String name(EntityType type, int n) {
    String a = capitalise(SYLLABLES[n % SYLLABLES.length] + SYLLABLES[(n / 3 + 5) % SYLLABLES.length]);
    String b = capitalise(SYLLABLES[(n / 7) % SYLLABLES.length] + SYLLABLES[(n + 2) % SYLLABLES.length]
        + "n");
    return switch (type) {
      case PERSON -> a + " " + b;
      case ORGANIZATION -> b + " Holdings " + n;
      default -> "Port " + a + n;
    };
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
