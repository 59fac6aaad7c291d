package io.newsflow.core.enrichment;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.article.WordCount;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The value on {@code news-enriched-v1}: every field of the {@link RawArticle} it came from, plus
 * entities, claims and enrichment details. Keyed by the article id.
 */
public record EnrichedArticle(
    int schemaVersion,
    String id,
    int version,
    boolean updated,
    String url,
    String canonicalUrl,
    String source,
    String site,
    Instant fetchedAt,
    String contentHash,
    String title,
    String text,
    List<String> authors,
    OffsetDateTime published,
    OffsetDateTime modified,
    String language,
    String description,
    String image,
    String section,
    List<String> tags,
    String siteName,
    boolean paywalled,
    List<Entity> entities,
    List<Claim> claims,
    EnrichmentInfo enrichment) {

  public static final int SCHEMA_VERSION = 1;

  public EnrichedArticle {
    authors = authors == null ? List.of() : List.copyOf(authors);
    tags = tags == null ? List.of() : List.copyOf(tags);
    entities = entities == null ? List.of() : List.copyOf(entities);
    claims = claims == null ? List.of() : List.copyOf(claims);
    text = text == null ? "" : text;
  }

  public static EnrichedArticle of(RawArticle raw, Enrichment enrichment) {
    return new EnrichedArticle(
        SCHEMA_VERSION,
        raw.id(),
        raw.version(),
        raw.updated(),
        raw.url(),
        raw.canonicalUrl(),
        raw.source(),
        raw.site(),
        raw.fetchedAt(),
        raw.contentHash(),
        raw.title(),
        raw.text(),
        raw.authors(),
        raw.published(),
        raw.modified(),
        raw.language(),
        raw.description(),
        raw.image(),
        raw.section(),
        raw.tags(),
        raw.siteName(),
        raw.paywalled(),
        enrichment.entities(),
        enrichment.claims(),
        enrichment.info());
  }

  public int wordCount() {
    return WordCount.of(text);
  }

  /** One record per claim, for {@code news-claims-v1}. */
  public List<ClaimRecord> claimRecords() {
    return claims.stream()
        .map(c -> new ClaimRecord(ClaimRecord.SCHEMA_VERSION, id, version, url, title, site,
            published, c))
        .toList();
  }

  /** One record per entity, for {@code news-entity-mentions-v1}. */
  public List<EntityMentionRecord> entityMentionRecords() {
    return entities.stream()
        .map(e -> new EntityMentionRecord(EntityMentionRecord.SCHEMA_VERSION, e.key(), e.name(),
            e.type(), id, version, url, title, site, published, e.mentionCount(), e.salience(),
            e.mentions()))
        .toList();
  }
}
