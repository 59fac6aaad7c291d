package io.newsflow.web.page;

import io.newsflow.core.enrichment.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The claims view: the latest claims of the recent articles, newest article first, by default
 * the allegations and the denials (what a fact-checker follows); filtered by stance and by an
 * entity, which matches the claim's speaker or one of the entities it names.
 *
 * @param stance the stance filter as given: allegation, denial, assertion, or "" for allegations
 *     and denials, or "all"
 */
public record ClaimsView(List<ClaimRow> rows, String stance, String entity, int articles) {
  public static final List<String> STANCES = List.of("", "allegation", "denial", "assertion", "all");
  private static final int MAX_ROWS = 300;

  public static ClaimsView of(List<EnrichedArticle> newestFirst, String stance, String entity) {
    String wanted = stance == null ? "" : stance.strip().toLowerCase(Locale.ROOT);
    if (!STANCES.contains(wanted)) {
      wanted = "";
    }
    Set<String> stances = switch (wanted) {
      case "" -> Set.of("allegation", "denial");
      case "all" -> Set.of("allegation", "denial", "assertion");
      default -> Set.of(wanted);
    };
    String who = entity == null ? "" : entity.strip();
    List<ClaimRow> rows = new ArrayList<>();
    for (EnrichedArticle article : newestFirst) {
      ArticleView view = null;
      for (ClaimView claim : ArticleView.claims(article).values()) {
        if (!stances.contains(claim.stance()) || !names(claim, who)) {
          continue;
        }
        if (view == null) {
          view = ArticleView.of(article);
        }
        rows.add(new ClaimRow(claim, view.title(), view.url(), view.outlet(), view.published(),
            view.elementId()));
        if (rows.size() >= MAX_ROWS) {
          return new ClaimsView(rows, wanted, who, newestFirst.size());
        }
      }
    }
    return new ClaimsView(rows, wanted, who, newestFirst.size());
  }

  private static boolean names(ClaimView claim, String who) {
    if (who.isEmpty()) {
      return true;
    }
    if (claim.speaker() != null && claim.speaker().equalsIgnoreCase(who)) {
      return true;
    }
    return claim.targets().stream().anyMatch(t -> t.equalsIgnoreCase(who));
  }
}
