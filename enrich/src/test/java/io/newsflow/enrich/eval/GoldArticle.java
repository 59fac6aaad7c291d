package io.newsflow.enrich.eval;

import io.newsflow.core.article.RawArticle;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article of the evaluation set: its text (headline on the first line), publication date and
 * gold annotations. Offsets of the annotations are character offsets into {@code text}.
 */
record GoldArticle(String id, String split, String outlet, String style, String title,
    OffsetDateTime published, String text, List<GoldClaim> claims, List<GoldMention> mentions) {

  GoldArticle {
    claims = List.copyOf(claims);
    mentions = List.copyOf(mentions);
  }

  /** The article as ingest would publish it: the whole text, its first line as the title. */
  RawArticle toRawArticle() {
    String url = "https://eval.newsflow.invalid/" + id;
    return new RawArticle(RawArticle.SCHEMA_VERSION, id, 1, false, url, url, "eval",
        "eval.newsflow.invalid", Instant.parse("2025-01-01T00:00:00Z"), id, title, text,
        List.of(), published, null, "en", null, null, null, List.of(), outlet, false);
  }
}
