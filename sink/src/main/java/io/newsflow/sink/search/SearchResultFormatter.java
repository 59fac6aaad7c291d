package io.newsflow.sink.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.core.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Prints search results in an {@link OutputFormat}.
 *
 * <ul>
 *   <li>{@code table}: the articles found, each with its snippet on the line below, and, when the
 *       search asked for a stance, a table of the matching claims with their speaker and cue,
 *       numbered after the article they come from.
 *   <li>{@code json}: one array with an object per article, best first: {@code id}, {@code time}
 *       (RFC 3339, UTC), {@code site}, {@code title}, {@code url}, {@code rank} (null without a
 *       query text), {@code snippet} (matched words in [brackets]) and {@code claims}, an array of
 *       {@code seq}, {@code stance}, {@code speaker}, {@code speakerEntity}, {@code cue}, {@code
 *       hedged}, {@code text} (empty without a stance). Every key is always there, null when
 *       unknown.
 *   <li>{@code csv}: the header {@value #CSV_HEADER}, then a row per article; with claims, a row
 *       per claim, its article's columns repeated.
 * </ul>
 */
public final class SearchResultFormatter {
  static final String CSV_HEADER = "id,time,site,title,url,rank,snippet,claimSeq,stance,speaker,"
      + "speakerEntity,cue,hedged,claim";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
  /** A snippet longer than this is cut on the table's note line. */
  private static final int SNIPPET_WIDTH = 160;

  private SearchResultFormatter() {}

  /** The results as a table. */
  public static String format(List<SearchHit> hits) {
    return format(hits, OutputFormat.TABLE);
  }

  public static String format(List<SearchHit> hits, OutputFormat format) {
    return switch (format) {
      case TABLE -> table(hits);
      case JSON -> json(hits);
      case CSV -> csv(hits);
    };
  }

  private static String table(List<SearchHit> hits) {
    if (hits.isEmpty()) {
      return "No articles found.\n";
    }
    TextTable articles =
        new TextTable()
            .column("#", 4, true)
            .column("TIME (UTC)", 16)
            .column("SITE", 28)
            .column("TITLE", 60)
            .column("RANK", 5, true)
            .column("URL", 50);
    TextTable claims =
        new TextTable()
            .column("#", 4, true)
            .column("SPEAKER", 40)
            .column("CUE", 16)
            .column("CLAIM", 90);
    int n = 0;
    for (SearchHit hit : hits) {
      n++;
      // Without a query text there is no rank to show.
      articles.row(n, time(hit.time()), hit.site(), hit.title(),
          hit.rank() == null ? "" : String.format(Locale.ROOT, "%.3f", hit.rank()), hit.url());
      articles.note(hit.snippet(), SNIPPET_WIDTH);
      for (ClaimHit claim : hit.claims()) {
        claims.row(n, speaker(claim), claim.cue(), (claim.hedged() ? "(hedged) " : "")
            + claim.text());
      }
    }
    StringBuilder out = new StringBuilder(articles.render());
    if (!claims.isEmpty()) {
      out.append('\n').append(claims.render());
    }
    return out.toString();
  }

  private static String json(List<SearchHit> hits) {
    ArrayNode array = Json.mapper().createArrayNode();
    for (SearchHit hit : hits) {
      ObjectNode article = array.addObject()
          .put("id", hit.id())
          .put("time", instant(hit.time()))
          .put("site", hit.site())
          .put("title", hit.title())
          .put("url", hit.url())
          .put("rank", rank(hit.rank()))
          .put("snippet", hit.snippet());
      ArrayNode claims = article.putArray("claims");
      for (ClaimHit claim : hit.claims()) {
        claims.addObject()
            .put("seq", claim.seq())
            .put("stance", claim.stance().name())
            .put("speaker", claim.speaker())
            .put("speakerEntity", claim.speakerEntity())
            .put("cue", claim.cue())
            .put("hedged", claim.hedged())
            .put("text", claim.text());
      }
    }
    return Json.writePretty(array) + "\n";
  }

  private static String csv(List<SearchHit> hits) {
    CsvRows rows = new CsvRows(CSV_HEADER.split(","));
    for (SearchHit hit : hits) {
      Object[] article = {hit.id(), instant(hit.time()), hit.site(), hit.title(), hit.url(),
          rank(hit.rank()), hit.snippet()};
      if (hit.claims().isEmpty()) {
        rows.row(concat(article, null, null, null, null, null, null, null));
      }
      for (ClaimHit claim : hit.claims()) {
        rows.row(concat(article, claim.seq(), claim.stance().name(), claim.speaker(),
            claim.speakerEntity(), claim.cue(), claim.hedged(), claim.text()));
      }
    }
    return rows.render();
  }

  private static Object[] concat(Object[] head, Object... tail) {
    Object[] all = new Object[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  /** Four decimals: the rank is a 4-byte float, whose further digits are noise. */
  private static BigDecimal rank(Double rank) {
    return rank == null ? null : BigDecimal.valueOf(rank).setScale(4, RoundingMode.HALF_UP);
  }

  private static String speaker(ClaimHit claim) {
    String text = claim.speaker() == null ? "" : claim.speaker();
    String entity = claim.speakerEntity();
    if (entity == null || entity.isBlank() || entity.equalsIgnoreCase(text)) {
      return text.isEmpty() && entity != null ? entity : text;
    }
    return text + " (" + entity + ")";
  }

  private static String time(OffsetDateTime time) {
    return time == null ? "" : TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /** RFC 3339 in UTC: {@code 2031-03-14T07:30:00Z}. */
  static String instant(OffsetDateTime time) {
    return time == null ? null : DateTimeFormatter.ISO_INSTANT.format(time.toInstant());
  }
}
