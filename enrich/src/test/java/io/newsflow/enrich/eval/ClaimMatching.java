package io.newsflow.enrich.eval;

import io.newsflow.core.enrichment.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs predicted claims with gold claims one to one by span overlap, in two variants:
 *
 * <ul>
 *   <li>{@link Variant#LENIENT}: the predicted span covers at least half of the characters of the
 *       gold content span (a prediction that takes the whole sentence still matches);
 *   <li>{@link Variant#STRICT}: the word tokens both spans share are at least half of the gold
 *       content's tokens and at least half of the prediction's tokens (a prediction twice as long
 *       as the content, or covering two claims, does not match).
 * </ul>
 *
 * Candidate pairs are taken greedily, best overlap first, so each gold claim and each prediction
 * is used at most once.
 */
final class ClaimMatching {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  enum Variant {
    STRICT,
    LENIENT
  }

  record Pair(GoldClaim gold, Claim predicted, double overlap) {}

  private final List<int[]> tokens = new ArrayList<>();

  ClaimMatching(String text) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(new int[] {m.start(), m.end()});
    }
  }

  List<Pair> match(List<GoldClaim> gold, List<Claim> predicted, Variant variant) {
    List<Pair> candidates = new ArrayList<>();
    for (GoldClaim g : gold) {
      for (Claim p : predicted) {
        double overlap = overlap(g, p, variant);
        if (overlap > 0) {
          candidates.add(new Pair(g, p, overlap));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Pair::overlap).reversed());
    Set<GoldClaim> usedGold = new HashSet<>();
    Set<Claim> usedPredicted = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    for (Pair c : candidates) {
      if (!usedGold.contains(c.gold()) && !usedPredicted.contains(c.predicted())) {
        usedGold.add(c.gold());
        usedPredicted.add(c.predicted());
        pairs.add(c);
      }
    }
    return pairs;
  }

  /** The overlap score of a pair, or 0 when the pair does not match under {@code variant}. */
  double overlap(GoldClaim g, Claim p, Variant variant) {
    if (variant == Variant.LENIENT) {
      int shared = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
      double ratio = (double) shared / Math.max(1, g.end() - g.start());
      return ratio >= 0.5 ? ratio : 0;
    }
    int goldTokens = tokensWithin(g.start(), g.end());
    int predictedTokens = tokensWithin(p.start(), p.end());
    int shared = tokensWithin(Math.max(g.start(), p.start()), Math.min(g.end(), p.end()));
    if (goldTokens == 0 || predictedTokens == 0
        || shared * 2 < goldTokens || shared * 2 < predictedTokens) {
      return 0;
    }
    return 2.0 * shared / (goldTokens + predictedTokens);
  }

  /** Word tokens whose middle lies in [start, end). */
  private int tokensWithin(int start, int end) {
    int count = 0;
    for (int[] t : tokens) {
      int middle = (t[0] + t[1]) / 2;
      if (middle >= start && middle < end) {
        count++;
      }
    }
    return count;
  }
}
