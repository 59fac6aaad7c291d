package io.newsflow.sink.search;

import io.newsflow.core.config.SinkConfig;
import io.newsflow.core.enrichment.EntityKey;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.core.error.PermanentException;
import io.newsflow.core.error.RetriableException;
import io.newsflow.sink.postgres.PostgresConnections;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Searches the sink's PostgreSQL tables: ranked full-text search over title, description and
 * body, filtered by time, site, entity and claim stance; and the entities in the most articles
 * ({@code newsflow top}). Read-only; every value is a bind parameter.
 */
public final class ArticleSearch {
  /** Matches how the tables index: English articles stemmed, others word for word. */
  static final String ENGLISH = "(a.language IS NULL OR a.language LIKE 'en%')";
  /** The query in the configuration the row was indexed with; binds the text twice. */
  static final String TS_QUERY = "(CASE WHEN " + ENGLISH
      + " THEN websearch_to_tsquery('english', ?) ELSE websearch_to_tsquery('simple', ?) END)";
  /**
   * The same as {@code search @@ TS_QUERY}, written so that each arm can use the GIN index; a
   * negation ({@code -word}) must not match an English article through its unstemmed form.
   */
  static final String MATCH = "((a.search @@ websearch_to_tsquery('english', ?) AND " + ENGLISH
      + ") OR (a.search @@ websearch_to_tsquery('simple', ?) AND NOT " + ENGLISH + "))";
  private static final String HEADLINE_OPTIONS =
      "MaxWords=24, MinWords=10, ShortWord=3, MaxFragments=1, StartSel=[, StopSel=]";

  private final DataSource dataSource;
  private final String where;

  public ArticleSearch(DataSource dataSource) {
    this(dataSource, "PostgreSQL");
  }

  /**
   * @param where how error messages name the database: its URL without password
   */
  public ArticleSearch(DataSource dataSource, String where) {
    this.dataSource = dataSource;
    this.where = where;
  }

  /** A search over the database of {@code sink.postgres}. */
  public static ArticleSearch of(SinkConfig.Postgres config) {
    return new ArticleSearch(PostgresConnections.dataSource(config),
        PostgresConnections.redact(config.url()));
  }

  /**
   * The articles matching {@code query}, best first (newest first without a query text).
   *
   * @throws RetriableException when the database cannot be reached; the message names its URL
   * @throws PermanentException when the query fails otherwise (login refused, no tables yet)
   */
  public List<SearchHit> search(SearchQuery query) {
    Statement articles = articlesSql(query);
    try (Connection c = dataSource.getConnection()) {
      c.setReadOnly(true);
      Map<String, SearchHit> hits = new LinkedHashMap<>();
      try (PreparedStatement ps = articles.prepare(c);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          hits.put(
              rs.getString("id"),
              new SearchHit(
                  rs.getString("id"),
                  rs.getString("title"),
                  rs.getString("site"),
                  rs.getString("url"),
                  rs.getObject("article_time", OffsetDateTime.class),
                  rank(rs),
                  rs.getString("snippet"),
                  List.of()));
        }
      }
      if (query.stance() != null && !hits.isEmpty()) {
        addClaims(c, query, hits);
      }
      return new ArrayList<>(hits.values());
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * The entities in the most articles matching {@code query}, most first; ties go to the most
   * mentions, then the key.
   *
   * @throws RetriableException when the database cannot be reached; the message names its URL
   * @throws PermanentException when the query fails otherwise (login refused, no tables yet)
   */
  public List<TopEntity> topEntities(TopEntitiesQuery query) {
    Statement top = topEntitiesSql(query);
    try (Connection c = dataSource.getConnection()) {
      c.setReadOnly(true);
      List<TopEntity> entities = new ArrayList<>();
      try (PreparedStatement ps = top.prepare(c);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          entities.add(new TopEntity(
              rs.getString("entity_key"),
              rs.getString("name"),
              EntityType.valueOf(rs.getString("type")),
              rs.getLong("articles"),
              rs.getLong("mentions")));
        }
      }
      return entities;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static Double rank(ResultSet rs) throws SQLException {
    double rank = rs.getDouble("rank");
    return rs.wasNull() ? null : rank;
  }

  /** The exception for a failed query, naming the database; one line, for the command line. */
  private RuntimeException failure(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message = String.valueOf(e.getMessage()).strip().replaceAll("\\s*\\R\\s*", " ");
    if (state.startsWith("08") || state.startsWith("57") || state.startsWith("53")) {
      return new RetriableException("cannot reach PostgreSQL at " + where + ": " + message, e);
    }
    if (state.startsWith("28")) {
      return new PermanentException(
          "PostgreSQL at " + where + " refused the login: " + message, e);
    }
    if (state.equals("42P01")) {
      return new PermanentException("no sink tables in the schema of " + where
          + " (has the sink written to it yet?): " + message, e);
    }
    return new PermanentException("query failed at " + where + ": " + message, e);
  }

  private static void addClaims(Connection c, SearchQuery query, Map<String, SearchHit> hits)
      throws SQLException {
    Statement claims = claimsSql(query);
    Array ids = c.createArrayOf("text", hits.keySet().toArray());
    Map<String, List<ClaimHit>> byArticle = new LinkedHashMap<>();
    try (PreparedStatement ps = claims.prepare(c)) {
      ps.setArray(1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byArticle
              .computeIfAbsent(rs.getString("article_id"), k -> new ArrayList<>())
              .add(
                  new ClaimHit(
                      rs.getInt("seq"),
                      Stance.valueOf(rs.getString("stance")),
                      rs.getString("speaker_text"),
                      rs.getString("speaker_entity"),
                      rs.getString("cue"),
                      rs.getBoolean("hedged"),
                      rs.getString("text")));
        }
      }
    } finally {
      ids.free();
    }
    byArticle.forEach((id, list) -> hits.computeIfPresent(id, (k, hit) -> hit.withClaims(list)));
  }

  /** The article query for {@code query}, with its parameters in order. */
  static Statement articlesSql(SearchQuery query) {
    Statement s = new Statement();
    boolean text = query.text() != null;
    s.sql.append("SELECT a.id, a.title, a.site, a.url, a.article_time, ");
    if (text) {
      s.sql.append("ts_rank_cd(a.search, ").append(TS_QUERY).append(", 32) AS rank, ");
      s.params(query.text(), query.text());
      s.sql.append("ts_headline(CASE WHEN ").append(ENGLISH)
          .append(" THEN 'english'::regconfig ELSE 'simple'::regconfig END, ")
          .append("coalesce(nullif(left(a.body, 5000), ''), a.title, ''), ")
          .append(TS_QUERY).append(", '").append(HEADLINE_OPTIONS).append("') AS snippet");
      s.params(query.text(), query.text());
    } else {
      s.sql.append("CAST(NULL AS real) AS rank, ")
          .append("coalesce(nullif(a.description, ''), left(a.body, 200)) AS snippet");
    }
    s.sql.append(" FROM articles a WHERE true");
    if (text) {
      s.sql.append(" AND ").append(MATCH);
      s.params(query.text(), query.text());
    }
    articleFilter(s, query.since(), query.until(), query.site());
    if (query.entity() != null) {
      s.sql.append(" AND EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND ")
          .append("e.entity_key = ANY (?))");
      s.params((Object) entityKeys(query.entity()));
    }
    if (query.stance() != null) {
      s.sql.append(" AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND ");
      claimFilter(s, query, "c");
      s.sql.append(")");
    }
    s.sql.append(text ? " ORDER BY rank DESC, a.article_time DESC NULLS LAST, a.id"
        : " ORDER BY a.article_time DESC NULLS LAST, a.id");
    s.sql.append(" LIMIT ?");
    s.params(query.limit());
    return s;
  }

  /**
   * The entities of the articles in the window, counted per key: the articles that mention each
   * (one row per article and key in {@code entities}) and their mentions. The inner query counts
   * per key and name, so that each key shows the name most articles give it, then the one with
   * most mentions, then the last in byte order, which puts "Ines Varga" before "INES VARGA".
   */
  static Statement topEntitiesSql(TopEntitiesQuery query) {
    Statement s = new Statement();
    s.sql.append("SELECT entity_key, ")
        .append("(array_agg(name ORDER BY articles DESC, mentions DESC, ")
        .append("name COLLATE \"C\" DESC))[1] AS name, type, ")
        .append("sum(articles) AS articles, sum(mentions) AS mentions ")
        .append("FROM (SELECT e.entity_key, e.name, e.type, count(*) AS articles, ")
        .append("sum(e.mention_count) AS mentions ")
        .append("FROM articles a JOIN entities e ON e.article_id = a.id ")
        .append("WHERE e.type = ANY (?)");
    s.params((Object) query.types().stream().map(Enum::name).sorted().toArray(String[]::new));
    articleFilter(s, query.since(), query.until(), query.site());
    s.sql.append(" GROUP BY e.entity_key, e.name, e.type) AS per_name")
        .append(" GROUP BY entity_key, type")
        .append(" ORDER BY articles DESC, mentions DESC, entity_key COLLATE \"C\" LIMIT ?");
    s.params(query.limit());
    return s;
  }

  /** The time window and site conditions on {@code articles a} that search and top share. */
  private static void articleFilter(Statement s, Instant since, Instant until, String site) {
    if (since != null) {
      s.sql.append(" AND a.article_time >= ?");
      s.params(since.atOffset(ZoneOffset.UTC));
    }
    if (until != null) {
      s.sql.append(" AND a.article_time < ?");
      s.params(until.atOffset(ZoneOffset.UTC));
    }
    if (site != null) {
      // The host or a subdomain of it: "harbour-gazette.test" takes "www.harbour-gazette.test".
      s.sql.append(" AND (a.site = ? OR right(a.site, ?) = ?)");
      s.params(site, site.length() + 1, "." + site);
    }
  }

  /** The claims of the found articles ({@code = ANY (?)}, bound separately) that match. */
  static Statement claimsSql(SearchQuery query) {
    Statement s = new Statement();
    s.sql.append("SELECT c.article_id, c.seq, c.stance, c.speaker_text, c.speaker_entity, c.cue, ")
        .append("c.hedged, c.text FROM claims c WHERE c.article_id = ANY (?) AND ");
    s.params(ARRAY_PLACEHOLDER);
    claimFilter(s, query, "c");
    s.sql.append(" ORDER BY c.article_id, c.seq");
    return s;
  }

  private static void claimFilter(Statement s, SearchQuery query, String alias) {
    s.sql.append(alias).append(".stance = ?");
    s.params(query.stance().name());
    if (query.entity() != null) {
      s.sql.append(" AND ").append(alias).append(".speaker_key = ANY (?)");
      s.params((Object) entityKeys(query.entity()));
    }
  }

  /**
   * The keys an entity given by the user may have: the key itself when it looks like one
   * ({@code organization:meta}), else the key of that canonical name under every type, which is
   * how the enrich stage derives keys ({@link EntityKey}); so "meta", "Meta" and "META" find
   * {@code organization:meta} through the index on keys.
   */
  static String[] entityKeys(String entity) {
    Set<String> keys = new LinkedHashSet<>();
    String lower = entity.strip().toLowerCase(Locale.ROOT);
    int colon = lower.indexOf(':');
    if (colon > 0) {
      keys.add(lower);
      String type = lower.substring(0, colon).toUpperCase(Locale.ROOT);
      for (EntityType t : EntityType.values()) {
        if (t.name().equals(type)) {
          keys.add(EntityKey.of(t, entity.strip().substring(colon + 1)));
        }
      }
    }
    for (EntityType type : EntityType.values()) {
      keys.add(EntityKey.of(type, entity));
    }
    return keys.toArray(String[]::new);
  }

  /** Marks a parameter the caller binds itself (an array needs the connection). */
  static final Object ARRAY_PLACEHOLDER = new Object();

  /** SQL with its parameters in order. */
  static final class Statement {
    final StringBuilder sql = new StringBuilder(512);
    final List<Object> params = new ArrayList<>();

    void params(Object... values) {
      params.addAll(List.of(values));
    }

    String sql() {
      return sql.toString();
    }

    PreparedStatement prepare(Connection c) throws SQLException {
      PreparedStatement ps = c.prepareStatement(sql());
      for (int i = 0; i < params.size(); i++) {
        Object p = params.get(i);
        if (p == ARRAY_PLACEHOLDER) {
          continue;
        }
        if (p instanceof String[] array) {
          ps.setArray(i + 1, c.createArrayOf("text", array));
        } else if (p instanceof String str) {
          ps.setString(i + 1, str);
        } else if (p instanceof Integer n) {
          ps.setInt(i + 1, n);
        } else if (p instanceof OffsetDateTime t) {
          ps.setObject(i + 1, t);
        } else {
          throw new IllegalArgumentException("unexpected parameter " + p);
        }
      }
      return ps;
    }
  }
}
