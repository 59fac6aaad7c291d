package io.newsflow.core.enrichment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The value on {@code news-entity-mentions-v1}: one entity in one article. Keyed by {@link
 * #entityKey()}, so every article about one entity lands on one key.
 */
public record EntityMentionRecord(
    int schemaVersion,
    String entityKey,
    String name,
    EntityType type,
    String articleId,
    int articleVersion,
    String url,
    String title,
    String site,
    OffsetDateTime published,
    int mentionCount,
    double salience,
    List<Mention> mentions) {

  public static final int SCHEMA_VERSION = 1;

  public EntityMentionRecord {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
