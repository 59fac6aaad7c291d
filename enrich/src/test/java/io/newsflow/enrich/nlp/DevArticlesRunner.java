package io.newsflow.enrich.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.article.RawArticle;
import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.json.Json;
import io.newsflow.enrich.ArticleEnricher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Development runner: scores the claims found in the fictional articles under {@code
 * src/test/resources/articles} against their {@code NAME.gold.json} (a claim matches when its
 * text contains the gold key, one claim for one gold claim; the speaker is right when one of the gold speakers is in its text
 * or entity). Prints recall, precision, stance and speaker accuracy per article and in total, and
 * with {@code -Dverbose=true} every claim and entity. Usage: {@code DevArticlesRunner [DIR]}.
 */
public final class DevArticlesRunner {
  private DevArticlesRunner() {}

  /** The figures over some articles. */
  record Score(int gold, int hit, int predicted, int unexpected, int stanceOk, int speakerOk,
      int falseClaims) {
    Score plus(Score o) {
      return new Score(gold + o.gold, hit + o.hit, predicted + o.predicted,
          unexpected + o.unexpected, stanceOk + o.stanceOk, speakerOk + o.speakerOk,
          falseClaims + o.falseClaims);
    }

    double recall() {
      return gold == 0 ? 0 : (double) hit / gold;
    }

    double precision() {
      return predicted == 0 ? 0 : (double) (predicted - unexpected) / predicted;
    }

    String line() {
      return String.format(Locale.ROOT,
          "recall %.3f (%d/%d) precision %.3f (%d/%d) stance %.3f speaker %.3f non-claims %d",
          recall(), hit, gold, precision(), predicted - unexpected, predicted,
          gold == 0 ? 0 : (double) stanceOk / gold, gold == 0 ? 0 : (double) speakerOk / gold,
          falseClaims);
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "enrich/src/test/resources/articles");
    boolean verbose = Boolean.getBoolean("verbose");
    ArticleEnricher enricher = new CoreNlpEnricherFactory().create();
    Score total = new Score(0, 0, 0, 0, 0, 0, 0);
    List<Path> golds;
    try (Stream<Path> files = Files.list(dir)) {
      golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
    }
    for (Path goldFile : golds) {
      String name = goldFile.getFileName().toString().replace(".gold.json", "");
      String text = Files.readString(dir.resolve(name + ".txt"));
      JsonNode gold = Json.mapper().readTree(goldFile.toFile());
      Enrichment result = enricher.enrich(article(text));
      Score score = score(name, gold, result.claims(), System.out);
      System.out.println(name + ": " + score.line());
      if (verbose) {
        for (Claim c : result.claims()) {
          System.out.printf("  #%d %s %s [%s / %s / %s] %s%n", c.seq(), c.stance(), c.cue(),
              c.speaker().text(), c.speaker().entity(), c.speaker().kind(), c.text());
        }
        for (Entity e : result.entities()) {
          System.out.printf("  E %s %s %s%n", e.type(), e.name(),
              e.mentions().stream().map(m -> m.text()).distinct().toList());
        }
      }
      total = total.plus(score);
    }
    System.out.println("TOTAL: " + total.line());
  }

  static Score score(String name, JsonNode gold, List<Claim> claims, PrintStream out) {
    int hit = 0;
    int stanceOk = 0;
    int speakerOk = 0;
    List<String> keys = new ArrayList<>();
    java.util.Set<Integer> used = new java.util.HashSet<>();
    for (JsonNode g : gold.get("claims")) {
      String key = norm(g.get("key").asText());
      keys.add(key);
      // One claim answers one gold claim: two claims in one sentence need two claims.
      Claim match = claims.stream().filter(c -> !used.contains(c.seq()))
          .filter(c -> norm(c.text()).contains(key)).findFirst().orElse(null);
      if (match != null) {
        used.add(match.seq());
      }
      if (match == null) {
        out.println("  MISSED " + g.get("key").asText());
        continue;
      }
      hit++;
      boolean stance = false;
      for (JsonNode s : g.get("stance")) {
        stance |= s.asText().equals(match.stance().name());
      }
      String speaker = norm(match.speaker().text() + " " + match.speaker().entity());
      boolean speakerRight = false;
      for (JsonNode s : g.get("speaker")) {
        speakerRight |= speaker.contains(norm(s.asText()));
      }
      stanceOk += stance ? 1 : 0;
      speakerOk += speakerRight ? 1 : 0;
      if (!stance || !speakerRight) {
        out.printf("  WRONG %s: %s%s%n", g.get("key").asText(),
            stance ? "" : "stance " + match.stance() + " ",
            speakerRight ? "" : "speaker " + match.speaker().text() + " / "
                + match.speaker().entity());
      }
    }
    for (JsonNode o : gold.path("optional")) {
      keys.add(norm(o.asText()));
    }
    int unexpected = 0;
    for (Claim c : claims) {
      String text = norm(c.text());
      if (keys.stream().noneMatch(text::contains)) {
        unexpected++;
        out.println("  UNEXPECTED " + c.text());
      }
    }
    int falseClaims = 0;
    for (JsonNode n : gold.path("not_claims")) {
      String key = norm(n.asText());
      if (claims.stream().anyMatch(c -> norm(c.text()).contains(key))) {
        falseClaims++;
        out.println("  NOT A CLAIM " + n.asText());
      }
    }
    return new Score(gold.get("claims").size(), hit, claims.size(), unexpected, stanceOk,
        speakerOk, falseClaims);
  }

  static String norm(String s) {
    return (s == null ? "" : s).replace('’', '\'').replace('“', '"').replace('”', '"')
        .replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
  }

  private static RawArticle article(String text) {
    return new RawArticle(RawArticle.SCHEMA_VERSION, "dev", 1, false, "dev:", "dev:", "dev",
        "dev", Instant.now(), "dev", null, text, List.of(),
        OffsetDateTime.parse("2026-03-04T09:00:00Z"), null, "en", null, null, null, List.of(),
        null, false);
  }
}
