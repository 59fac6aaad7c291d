package io.newsflow.enrich.eval;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Speaker;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The figures of one run over a split, and their printout. */
final class EvalReport {
  private final String split;
  private final List<ArticleResult> results;
  private final ClaimTally strict = new ClaimTally();
  private final ClaimTally lenient = new ClaimTally();
  private final EntityTally entities = new EntityTally();

  EvalReport(String split, List<ArticleResult> results) {
    this.split = split;
    this.results = List.copyOf(results);
    for (ArticleResult r : results) {
      strict.add(r.strict());
      lenient.add(r.lenient());
      entities.add(r.entities());
    }
  }

  ClaimTally strict() {
    return strict;
  }

  ClaimTally lenient() {
    return lenient;
  }

  /** Micro-averaged F1 over {@code types}. */
  double entityF1(List<EntityType> types) {
    return EntityTally.f1(entities.sum(types));
  }

  double entityF1(EntityType type) {
    return entityF1(List.of(type));
  }

  void print(PrintStream out, boolean perArticle, boolean errors) {
    int words = results.stream().mapToInt(r -> r.article().text().split("\\s+").length).sum();
    out.printf(Locale.ROOT, "Evaluation set, split %s: %d articles, %d words, %d gold claims,"
        + " %d gold mentions%n%n", split, results.size(), words, strict.gold,
        results.stream().mapToInt(r -> r.article().mentions().size()).sum());
    out.println("CLAIMS            gold  pred match  recall  precis      F1 | speaker"
        + " spk-ent  stance     cue   quote | attributed-recall");
    claimRow(out, "strict (tokens)", strict);
    claimRow(out, "lenient (chars)", lenient);
    out.println("  strict: shared word tokens >= 50% of the gold content AND of the predicted"
        + " span; lenient: predicted span covers >= 50% of the gold content's characters.");
    out.println("  speaker: predicted text or entity agrees with gold source or source_entity;"
        + " spk-ent: resolved entity agrees with source_entity (anonymous: no entity).");
    out.println("  speaker/stance/quote rates over matched pairs; cue over matched pairs with a"
        + " gold cue; attributed-recall = matched with right speaker / gold.");
    out.println();
    out.println("ENTITIES (exact span and type)   gold  pred    tp  precis  recall      F1");
    for (EntityType type : EntityTally.CONLL) {
      entityRow(out, type.name(), List.of(type));
    }
    entityRow(out, "CoNLL types (micro)", EntityTally.CONLL);
    for (EntityType type : EntityTally.NUMERIC) {
      entityRow(out, type.name(), List.of(type));
    }
    entityRow(out, "DATE/MONEY/PERCENT (micro)", EntityTally.NUMERIC);
    if (perArticle) {
      out.println();
      out.println("PER ARTICLE                              split gold pred  len-R  len-P  str-R"
          + "  str-P  spkr  ent-F1");
      for (ArticleResult r : results) {
        out.printf(Locale.ROOT, "%-40s %-5s %4d %4d %6.2f %6.2f %6.2f %6.2f %5.2f %7.2f%n",
            r.article().id(), r.article().split(), r.lenient().gold, r.lenient().predicted,
            r.lenient().recall(), r.lenient().precision(), r.strict().recall(),
            r.strict().precision(), r.lenient().speaker(),
            EntityTally.f1(r.entities().sum(EntityTally.CONLL)));
      }
    }
    if (errors) {
      for (ArticleResult r : results) {
        printErrors(out, r);
      }
    }
  }

  private static void claimRow(PrintStream out, String name, ClaimTally t) {
    out.printf(Locale.ROOT, "%-16s %5d %5d %5d  %6.3f  %6.3f  %6.3f | %6.3f  %6.3f  %6.3f  %6.3f"
        + "  %6.3f | %6.3f%n", name, t.gold, t.predicted, t.matched, t.recall(), t.precision(),
        t.f1(), t.speaker(), t.speakerEntity(), t.stance(), t.cue(), t.quote(),
        t.attributedRecall());
  }

  private void entityRow(PrintStream out, String name, List<EntityType> types) {
    int[] c = entities.sum(types);
    out.printf(Locale.ROOT, "%-30s %6d %5d %5d  %6.3f  %6.3f  %6.3f%n", name, c[0] + c[2],
        c[0] + c[1], c[0], EntityTally.precision(c), EntityTally.recall(c), EntityTally.f1(c));
  }

  private static void printErrors(PrintStream out, ArticleResult r) {
    out.printf(Locale.ROOT, "%n== %s (%s)%n", r.article().id(), r.article().style());
    Set<GoldClaim> found = r.lenientPairs().stream().map(ClaimMatching.Pair::gold)
        .collect(Collectors.toSet());
    Set<Claim> used = r.lenientPairs().stream().map(ClaimMatching.Pair::predicted)
        .collect(Collectors.toSet());
    for (GoldClaim g : r.article().claims()) {
      if (!found.contains(g)) {
        out.printf(Locale.ROOT, "MISS     [%s] %s | %s | %s%n", g.cue(), g.source(), g.stance(),
            g.content());
      }
    }
    for (Claim p : r.enrichment().claims()) {
      if (!used.contains(p)) {
        out.printf(Locale.ROOT, "FALSE+   [%s] %s | %s | %s%n", p.cue(), speaker(p.speaker()),
            p.stance(), p.text());
      }
    }
    for (ClaimMatching.Pair pair : r.lenientPairs()) {
      GoldClaim g = pair.gold();
      Claim p = pair.predicted();
      if (!AttributeMatch.speakerRight(g, p)) {
        out.printf(Locale.ROOT, "SPEAKER  gold %s (%s), got %s | %s%n", g.source(),
            g.sourceEntity(), speaker(p.speaker()), g.content());
      }
      if (g.stance() != p.stance()) {
        out.printf(Locale.ROOT, "STANCE   gold %s, got %s | %s%n", g.stance(), p.stance(),
            g.content());
      }
      if (g.cue() != null && !AttributeMatch.cueRight(g, p)) {
        out.printf(Locale.ROOT, "CUE      gold %s, got %s | %s%n", g.cue(), p.cue(),
            g.content());
      }
    }
    for (EntityTally.Span s : r.entities().missed) {
      EntityTally.Span other = r.entities().spurious.stream().filter(s::sameSpan).findFirst()
          .orElse(null);
      if (other != null) {
        out.printf(Locale.ROOT, "ENT-TYPE %s as %s: %s%n", s.type(), other.type(), s.text());
      } else {
        out.printf(Locale.ROOT, "ENT-MISS %s: %s @%d%n", s.type(), s.text(), s.start());
      }
    }
    for (EntityTally.Span s : r.entities().spurious) {
      if (r.entities().missed.stream().noneMatch(s::sameSpan)) {
        out.printf(Locale.ROOT, "ENT-FP   %s: %s @%d%n", s.type(), s.text(), s.start());
      }
    }
  }

  private static String speaker(Speaker s) {
    return s == null ? "-" : s.text() + " (" + s.entity() + ", " + s.kind() + ")";
  }
}
