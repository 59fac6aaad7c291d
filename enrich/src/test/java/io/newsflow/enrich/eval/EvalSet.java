package io.newsflow.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.QuoteKind;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads the evaluation set from the classpath: {@code /eval/claims/manifest.txt} lists one
 * {@code id split} a line; each article is {@code <id>.txt} with {@code <id>.gold.json} beside it.
 */
final class EvalSet {
  static final String ROOT = "/eval/claims/";

  private EvalSet() {}

  /** The articles of {@code split} ("dev", "test" or "all"), in manifest order. */
  static List<GoldArticle> load(String split) {
    if (!List.of("dev", "test", "all").contains(split)) {
      throw new IllegalArgumentException("split must be dev, test or all: " + split);
    }
    List<GoldArticle> articles = new ArrayList<>();
    for (String line : read("manifest.txt").split("\n")) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length == 2 && (split.equals("all") || split.equals(parts[1]))) {
        articles.add(article(parts[0]));
      }
    }
    return articles;
  }

  static GoldArticle article(String id) {
    String text = read(id + ".txt");
    JsonNode gold;
    try {
      gold = Json.mapper().readTree(read(id + ".gold.json"));
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable gold file of " + id, e);
    }
    List<GoldClaim> claims = new ArrayList<>();
    for (JsonNode c : gold.get("claims")) {
      claims.add(new GoldClaim(c.get("content").asText(), c.get("start").asInt(),
          c.get("end").asInt(), c.get("source").asText(), textOrNull(c.get("source_entity")),
          textOrNull(c.get("cue")), Stance.valueOf(c.get("stance").asText()),
          QuoteKind.valueOf(c.get("quote").asText().toUpperCase(Locale.ROOT))));
    }
    List<GoldMention> mentions = new ArrayList<>();
    for (JsonNode m : gold.get("entities")) {
      mentions.add(new GoldMention(m.get("text").asText(),
          EntityType.valueOf(m.get("type").asText()), m.get("start").asInt(),
          m.get("end").asInt()));
    }
    GoldArticle article = new GoldArticle(id, gold.get("split").asText(),
        textOrNull(gold.get("outlet")), textOrNull(gold.get("style")),
        gold.get("title").asText(), OffsetDateTime.parse(gold.get("published").asText()), text,
        claims, mentions);
    checkOffsets(article);
    return article;
  }

  /** A gold file whose offsets drifted from its text is a broken set, not a low score. */
  private static void checkOffsets(GoldArticle a) {
    for (GoldClaim c : a.claims()) {
      if (!a.text().substring(c.start(), c.end()).equals(c.content())) {
        throw new IllegalStateException(a.id() + ": claim offsets do not match " + c.content());
      }
    }
    for (GoldMention m : a.mentions()) {
      if (!a.text().substring(m.start(), m.end()).equals(m.text())) {
        throw new IllegalStateException(a.id() + ": mention offsets do not match " + m.text());
      }
    }
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static String read(String name) {
    try (InputStream in = EvalSet.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("missing evaluation resource " + ROOT + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
