package io.newsflow.web.page;

import io.newsflow.core.enrichment.Claim;
import java.util.List;
import java.util.Locale;

/**
 * A claim as the page shows it.
 *
 * @param anchor the id of its first run in the page, {@code c-<article id>-<seq>}
 * @param answersAnchor for a denial, the anchor of the allegation it answers, else null
 * @param targets the entities named inside the claim other than its speaker
 */
public record ClaimView(String articleId, int seq, String stance, String speaker, String cue,
    boolean hedged, String text, String anchor, Integer answers, String answersAnchor,
    List<String> targets) {

  static ClaimView of(String articleId, Claim claim, List<String> targets) {
    String speaker = claim.speaker() == null ? null
        : claim.speaker().entity() != null ? claim.speaker().entity() : claim.speaker().text();
    return new ClaimView(articleId, claim.seq(),
        claim.stance() == null ? "assertion" : claim.stance().name().toLowerCase(Locale.ROOT),
        speaker, claim.cue(), claim.hedged(), claim.text(), anchor(articleId, claim.seq()),
        claim.answers(), claim.answers() == null ? null : anchor(articleId, claim.answers()),
        targets);
  }

  static String anchor(String articleId, int seq) {
    return "c-" + articleId + "-" + seq;
  }

  /** "Allegation by Delia Marsh (alleges)": what hover or focus shows. */
  public String describe() {
    StringBuilder s = new StringBuilder(stanceLabel());
    if (speaker != null && !speaker.isBlank()) {
      s.append(" by ").append(speaker);
    }
    if (cue != null && !cue.isBlank()) {
      s.append(" (").append(cue).append(')');
    }
    if (hedged) {
      s.append(", hedged");
    }
    return s.toString();
  }

  public String stanceLabel() {
    return stance.isEmpty() ? "" : Character.toUpperCase(stance.charAt(0)) + stance.substring(1);
  }
}
