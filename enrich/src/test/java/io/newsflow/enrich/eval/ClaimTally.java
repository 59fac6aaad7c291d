package io.newsflow.enrich.eval;

import io.newsflow.core.enrichment.Claim;
import java.util.List;

/**
 * Claim counts of one article or a sum of articles under one matching variant. The attribute
 * rates (speaker, stance, cue, quote kind) are over matched pairs; the cue rate only over gold
 * claims that have a cue.
 */
final class ClaimTally {
  int gold;
  int predicted;
  int matched;
  int speakerRight;
  int speakerEntityRight;
  int stanceRight;
  int cueGold;
  int cueRight;
  int quoteRight;

  static ClaimTally of(List<GoldClaim> gold, List<Claim> predicted,
      List<ClaimMatching.Pair> pairs) {
    ClaimTally t = new ClaimTally();
    t.gold = gold.size();
    t.predicted = predicted.size();
    for (ClaimMatching.Pair pair : pairs) {
      GoldClaim g = pair.gold();
      Claim p = pair.predicted();
      t.matched++;
      t.speakerRight += AttributeMatch.speakerRight(g, p) ? 1 : 0;
      t.speakerEntityRight += AttributeMatch.speakerEntityRight(g, p) ? 1 : 0;
      t.stanceRight += g.stance() == p.stance() ? 1 : 0;
      t.quoteRight += g.quote() == p.quote() ? 1 : 0;
      if (g.cue() != null) {
        t.cueGold++;
        t.cueRight += AttributeMatch.cueRight(g, p) ? 1 : 0;
      }
    }
    return t;
  }

  void add(ClaimTally o) {
    gold += o.gold;
    predicted += o.predicted;
    matched += o.matched;
    speakerRight += o.speakerRight;
    speakerEntityRight += o.speakerEntityRight;
    stanceRight += o.stanceRight;
    cueGold += o.cueGold;
    cueRight += o.cueRight;
    quoteRight += o.quoteRight;
  }

  double recall() {
    return ratio(matched, gold);
  }

  double precision() {
    return ratio(matched, predicted);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double speaker() {
    return ratio(speakerRight, matched);
  }

  double speakerEntity() {
    return ratio(speakerEntityRight, matched);
  }

  double stance() {
    return ratio(stanceRight, matched);
  }

  double cue() {
    return ratio(cueRight, cueGold);
  }

  double quote() {
    return ratio(quoteRight, matched);
  }

  /** Gold claims found with the right speaker, over all gold claims. */
  double attributedRecall() {
    return ratio(speakerRight, gold);
  }

  static double ratio(int n, int d) {
    return d == 0 ? 0 : (double) n / d;
  }
}
