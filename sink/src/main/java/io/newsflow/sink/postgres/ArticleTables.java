package io.newsflow.sink.postgres;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.EnrichmentInfo;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityKey;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Speaker;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The statements that write the {@code articles}, {@code entities} and {@code claims} tables, and
 * the rows of one article for each. The article upsert changes a row only when the incoming
 * version is newer and returns the ids it inserted or changed: only their child rows are
 * replaced.
 */
final class ArticleTables {
  static final List<Column> ARTICLE_COLUMNS =
      List.of(
          Column.text("id"),
          Column.integer("version"),
          Column.integer("schema_version"),
          Column.bool("updated"),
          Column.text("url"),
          Column.text("canonical_url"),
          Column.text("source"),
          Column.text("site"),
          Column.text("site_name"),
          Column.text("title"),
          Column.text("description"),
          Column.text("section"),
          Column.textArray("tags"),
          Column.text("image"),
          Column.textArray("authors"),
          Column.timestamp("published_at"),
          Column.timestamp("modified_at"),
          Column.text("language"),
          Column.text("body"),
          Column.integer("word_count"),
          Column.text("content_hash"),
          Column.bool("paywalled"),
          Column.timestamp("fetched_at"),
          Column.timestamp("enriched_at"),
          Column.text("enrichment_engine"),
          Column.text("enrichment_skipped"),
          Column.bool("enrichment_truncated"));

  static final List<Column> ENTITY_COLUMNS =
      List.of(
          Column.text("article_id"),
          Column.text("entity_key"),
          Column.text("name"),
          Column.text("type"),
          Column.integer("mention_count"),
          Column.dbl("salience"),
          Column.text("normalized"),
          Column.timestamp("article_time"));

  static final List<Column> CLAIM_COLUMNS =
      List.of(
          Column.text("article_id"),
          Column.integer("seq"),
          Column.text("stance"),
          Column.text("speaker_text"),
          Column.text("speaker_entity"),
          Column.text("speaker_key"),
          Column.text("speaker_kind"),
          Column.text("cue"),
          Column.text("quote_kind"),
          Column.bool("hedged"),
          Column.text("claim_type"),
          Column.text("text"),
          Column.integer("start_offset"),
          Column.integer("end_offset"),
          Column.integer("answers"),
          Column.timestamp("article_time"));

  static final MultiRowInsert ARTICLES =
      new MultiRowInsert("articles", ARTICLE_COLUMNS, upsertTail(ARTICLE_COLUMNS));
  static final UnnestInsert ENTITIES = new UnnestInsert("entities", ENTITY_COLUMNS);
  static final UnnestInsert CLAIMS = new UnnestInsert("claims", CLAIM_COLUMNS);

  static final String STORED_VERSIONS = "SELECT id, version FROM articles WHERE id = ANY (?)";
  static final String DELETE_ENTITIES = "DELETE FROM entities WHERE article_id = ANY (?)";
  static final String DELETE_CLAIMS = "DELETE FROM claims WHERE article_id = ANY (?)";

  private ArticleTables() {}

  /**
   * Replace every column of an existing row, but only with a newer version; report the ids of
   * rows inserted or replaced. An older or equal version changes nothing and returns nothing.
   */
  static String upsertTail(List<Column> columns) {
    String assignments =
        columns.stream()
            .filter(c -> !c.name().equals("id"))
            .map(c -> c.name() + " = EXCLUDED." + c.name())
            .collect(Collectors.joining(", "));
    return "ON CONFLICT (id) DO UPDATE SET " + assignments + ", written_at = now()"
        + " WHERE articles.version < EXCLUDED.version RETURNING id";
  }

  static Object[] articleRow(EnrichedArticle a) {
    EnrichmentInfo info = a.enrichment();
    return new Object[] {
      a.id(),
      a.version(),
      a.schemaVersion(),
      a.updated(),
      a.url(),
      a.canonicalUrl(),
      a.source(),
      a.site(),
      a.siteName(),
      a.title(),
      a.description(),
      a.section(),
      a.tags(),
      a.image(),
      a.authors(),
      a.published(),
      a.modified(),
      a.language(),
      a.text(),
      a.wordCount(),
      a.contentHash(),
      a.paywalled(),
      utc(a.fetchedAt()),
      info == null ? null : utc(info.enrichedAt()),
      info == null ? null : info.engine(),
      info == null ? null : info.skipped(),
      info == null ? null : info.truncated()
    };
  }

  static List<Object[]> entityRows(EnrichedArticle a) {
    OffsetDateTime time = articleTime(a);
    List<Object[]> rows = new ArrayList<>(a.entities().size());
    for (Entity e : a.entities()) {
      rows.add(
          new Object[] {
            a.id(),
            e.key(),
            e.name(),
            e.type() == null ? null : e.type().name(),
            e.mentionCount(),
            e.salience(),
            e.normalized(),
            time
          });
    }
    return rows;
  }

  static List<Object[]> claimRows(EnrichedArticle a) {
    OffsetDateTime time = articleTime(a);
    List<Object[]> rows = new ArrayList<>(a.claims().size());
    for (Claim c : a.claims()) {
      Speaker speaker = c.speaker();
      rows.add(
          new Object[] {
            a.id(),
            c.seq(),
            c.stance() == null ? null : c.stance().name(),
            speaker == null ? null : speaker.text(),
            speaker == null ? null : speaker.entity(),
            speakerKey(a, speaker),
            speaker == null || speaker.kind() == null ? null : lower(speaker.kind().name()),
            c.cue(),
            c.quote() == null ? null : lower(c.quote().name()),
            c.hedged(),
            c.type() == null ? null : c.type().name(),
            c.text(),
            c.start(),
            c.end(),
            c.answers(),
            time
          });
    }
    return rows;
  }

  /**
   * The key of the entity a speaker resolves to: the article's own entity of that name, else the
   * key a person or organisation of that name would have.
   */
  static String speakerKey(EnrichedArticle a, Speaker speaker) {
    if (speaker == null || speaker.entity() == null || speaker.entity().isBlank()) {
      return null;
    }
    for (Entity e : a.entities()) {
      if (e.name() != null && e.name().equalsIgnoreCase(speaker.entity())) {
        return e.key();
      }
    }
    if (speaker.kind() == null) {
      return null;
    }
    return switch (speaker.kind()) {
      case PERSON -> EntityKey.of(EntityType.PERSON, speaker.entity());
      case ORGANIZATION -> EntityKey.of(EntityType.ORGANIZATION, speaker.entity());
      default -> null;
    };
  }

  /** Mirrors the generated {@code articles.article_time}: published, else fetched. */
  static OffsetDateTime articleTime(EnrichedArticle a) {
    return a.published() != null ? a.published() : utc(a.fetchedAt());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
