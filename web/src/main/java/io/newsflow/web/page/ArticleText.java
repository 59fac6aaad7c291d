package io.newsflow.web.page;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.EnrichedArticle;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Cuts an article's text into paragraphs of {@link Segment}s at every boundary of an entity
 * mention or a claim, so that a template can mark each run without ever printing the text as
 * markup. Offsets in the contract count code points; they are turned into string indices here.
 * Money, percent and date mentions are left unmarked: the page highlights who and where.
 */
public final class ArticleText {
  private static final java.util.Set<EntityType> MARKED =
      java.util.EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION,
          EntityType.MISC);

  private ArticleText() {}

  private record Span(int start, int end, Entity entity, ClaimView claim) {}

  /** The paragraphs of the article's text, each a list of segments. */
  public static List<List<Segment>> paragraphs(EnrichedArticle article,
      Map<Integer, ClaimView> claims) {
    String text = article.text();
    List<Span> mentions = new ArrayList<>();
    for (Entity entity : article.entities()) {
      if (entity.type() == null || !MARKED.contains(entity.type())) {
        continue;
      }
      for (Mention m : entity.mentions()) {
        Span span = span(text, m.start(), m.end(), entity, null);
        if (span != null) {
          mentions.add(span);
        }
      }
    }
    List<Span> claimSpans = new ArrayList<>();
    for (Claim claim : article.claims()) {
      ClaimView view = claims.get(claim.seq());
      Span span = view == null ? null : span(text, claim.start(), claim.end(), null, view);
      if (span != null) {
        claimSpans.add(span);
      }
    }
    List<List<Segment>> paragraphs = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int breakAt = text.indexOf('\n', from);
      int to = breakAt < 0 ? text.length() : breakAt;
      if (to > from && !text.substring(from, to).isBlank()) {
        paragraphs.add(segments(text, from, to, mentions, claimSpans));
      }
      if (breakAt < 0) {
        break;
      }
      from = breakAt + 1;
    }
    return paragraphs;
  }

  private static List<Segment> segments(String text, int from, int to, List<Span> mentions,
      List<Span> claims) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
    for (Span s : mentions) {
      cut(cuts, s, from, to);
    }
    for (Span s : claims) {
      cut(cuts, s, from, to);
    }
    List<Segment> segments = new ArrayList<>();
    Integer start = null;
    for (int cut : cuts) {
      if (start != null && cut > start) {
        int a = start;
        int b = cut;
        Span mention = covering(mentions, a, b);
        Span claim = covering(claims, a, b);
        segments.add(new Segment(text.substring(a, b),
            mention == null ? null : mention.entity().type().name().toLowerCase(Locale.ROOT),
            mention == null ? null : mention.entity().name(),
            claim == null ? null : claim.claim(),
            claim != null && claim.start() == a,
            claim != null && claim.end() == b));
      }
      start = cut;
    }
    return segments;
  }

  private static void cut(TreeSet<Integer> cuts, Span s, int from, int to) {
    if (s.start() > from && s.start() < to) {
      cuts.add(s.start());
    }
    if (s.end() > from && s.end() < to) {
      cuts.add(s.end());
    }
  }

  /** The first span that holds the whole run [a, b), or null. */
  private static Span covering(List<Span> spans, int a, int b) {
    for (Span s : spans) {
      if (s.start() <= a && s.end() >= b) {
        return s;
      }
    }
    return null;
  }

  /** The span in string indices, or null when the offsets do not fit the text. */
  private static Span span(String text, int startCp, int endCp, Entity entity, ClaimView claim) {
    int points = text.codePointCount(0, text.length());
    if (startCp < 0 || endCp > points || startCp >= endCp) {
      return null;
    }
    int start = text.offsetByCodePoints(0, startCp);
    int end = text.offsetByCodePoints(start, endCp - startCp);
    return new Span(start, end, entity, claim);
  }
}
