package io.newsflow.web.page;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One article as a card of the page: what the templates print, already decided (links only to
 * http and https addresses, times in UTC, the outlet's name when the page gave one).
 *
 * @param url the article's address when it is http(s), else null (no link is made)
 * @param elementId the card's id in the page, {@code a-<article id>}: a new version replaces it
 */
public record ArticleView(String id, String elementId, int version, boolean updated, String title,
    String url, String outlet, String published, List<String> authors,
    List<List<Segment>> paragraphs, List<ClaimView> claims, List<EntityChip> entities,
    boolean truncated) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);
  private static final Set<EntityType> SHOWN =
      java.util.EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION,
          EntityType.MISC);
  private static final int CHIPS = 8;

  /** An entity named in the article, for the card's summary line. */
  public record EntityChip(String name, String type, String key) {
    /** The claims view filtered on this entity. */
    public String claimsLink() {
      return "/claims?entity=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  public static ArticleView of(EnrichedArticle article) {
    Map<Integer, ClaimView> claims = claims(article);
    List<EntityChip> chips = article.entities().stream()
        .filter(e -> e.type() != null && SHOWN.contains(e.type()))
        .sorted(java.util.Comparator.comparingDouble(Entity::salience).reversed())
        .limit(CHIPS)
        .map(e -> new EntityChip(e.name(), e.type().name().toLowerCase(Locale.ROOT), e.key()))
        .toList();
    return new ArticleView(article.id(), "a-" + article.id(), article.version(),
        article.updated(), title(article), httpUrl(article.url()), outlet(article),
        time(article.published()), article.authors(), ArticleText.paragraphs(article, claims),
        List.copyOf(claims.values()), chips,
        article.enrichment() != null && article.enrichment().truncated());
  }

  /** Each claim of the article by its sequence number, with the entities it names. */
  static Map<Integer, ClaimView> claims(EnrichedArticle article) {
    Map<Integer, ClaimView> claims = new LinkedHashMap<>();
    for (Claim claim : article.claims()) {
      claims.put(claim.seq(), ClaimView.of(article.id(), claim, targets(article, claim)));
    }
    return claims;
  }

  /** The people, organisations and places named inside the claim, its speaker apart. */
  static List<String> targets(EnrichedArticle article, Claim claim) {
    String speaker = claim.speaker() == null ? null : claim.speaker().entity();
    Set<String> names = new LinkedHashSet<>();
    for (Entity entity : article.entities()) {
      if (entity.type() == null || !SHOWN.contains(entity.type())
          || entity.name().equals(speaker)) {
        continue;
      }
      for (Mention m : entity.mentions()) {
        if (m.start() >= claim.start() && m.end() <= claim.end()) {
          names.add(entity.name());
          break;
        }
      }
    }
    return new ArrayList<>(names);
  }

  static String title(EnrichedArticle article) {
    return article.title() == null || article.title().isBlank() ? "(untitled)" : article.title();
  }

  static String outlet(EnrichedArticle article) {
    if (article.siteName() != null && !article.siteName().isBlank()) {
      return article.siteName();
    }
    return article.site() == null ? "" : article.site();
  }

  /** Only http(s) addresses become links: never a {@code javascript:} or {@code data:} one. */
  static String httpUrl(String url) {
    if (url == null) {
      return null;
    }
    try {
      String scheme = URI.create(url.strip()).getScheme();
      return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          ? url.strip() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String time(OffsetDateTime time) {
    return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).format(TIME);
  }
}
