package io.newsflow.enrich.claims;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links each denial to the allegation it rebuts: the allegation sharing the most content words
 * with it (at least two), before or after it, the nearer one on a tie. A denial of "the claims"
 * with nothing in common with any allegation answers what the previous denial answered.
 */
final class DenialLinker {
  private DenialLinker() {}

  /**
   * @param contentWords the content words of each claim's content (without speaker and cue), by
   *     seq
   */
  static List<Claim> link(List<Claim> claims, Map<Integer, Set<String>> contentWords) {
    List<Claim> linked = new ArrayList<>(claims.size());
    Integer previousAnswer = null;
    for (Claim claim : claims) {
      if (claim.stance() != Stance.DENIAL) {
        linked.add(claim);
        continue;
      }
      Set<String> words = contentWords.get(claim.seq());
      Integer best = null;
      long bestShared = 1;
      int bestDistance = Integer.MAX_VALUE;
      for (Claim other : claims) {
        if (other.stance() != Stance.ALLEGATION) {
          continue;
        }
        Set<String> otherWords = contentWords.get(other.seq());
        long shared = words.stream().filter(otherWords::contains).count();
        int distance = Math.abs(other.seq() - claim.seq());
        if (shared > bestShared || shared == bestShared && best != null && distance
            < bestDistance) {
          best = other.seq();
          bestShared = shared;
          bestDistance = distance;
        }
      }
      if (best == null && ClaimExtractor.mentionsGenericObject(claim.text())) {
        best = previousAnswer;
      }
      previousAnswer = best != null ? best : previousAnswer;
      linked.add(new Claim(claim.seq(), claim.text(), claim.start(), claim.end(), claim.stance(),
          claim.speaker(), claim.cue(), claim.quote(), claim.hedged(), best, claim.type()));
    }
    return linked;
  }
}
