package io.newsflow.enrich.sweep;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.Enrichment;
import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import io.newsflow.core.enrichment.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What every enrichment of a text must satisfy, whatever the text (docs/topics.md): each
 * mention's and claim's offsets lie in the text, counted in code points, with {@code start <
 * end}, and {@code text[start:end]} is its text; no two name mentions (person, organisation,
 * place, misc) share a character; claims are numbered 1, 2, ...; only a denial answers, and what
 * it answers is another claim of the article, an allegation; salience lies in [0, 1].
 */
public final class EnrichmentInvariants {
  private static final Set<EntityType> NAMES = Set.of(EntityType.PERSON,
      EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC);

  private EnrichmentInvariants() {}

  /** The broken invariants of {@code found} over {@code text}, one line each; empty when none. */
  public static List<String> violations(String text, Enrichment found) {
    List<String> broken = new ArrayList<>();
    int length = text.codePointCount(0, text.length());
    List<Named> names = new ArrayList<>();
    for (Entity entity : found.entities()) {
      if (!(entity.salience() >= 0 && entity.salience() <= 1)) {
        broken.add(String.format(Locale.ROOT, "entity '%s' has salience %s", entity.name(),
            entity.salience()));
      }
      for (Mention m : entity.mentions()) {
        String where = entity.type() + " mention '" + m.text() + "' [" + m.start() + ", "
            + m.end() + ")";
        if (span(text, length, m.start(), m.end(), m.text(), where, broken)
            && NAMES.contains(entity.type())) {
          names.add(new Named(where, m.start(), m.end()));
        }
      }
    }
    names.sort(Comparator.comparingInt(Named::start).thenComparingInt(Named::end));
    for (int i = 1; i < names.size(); i++) {
      Named before = names.get(i - 1);
      Named after = names.get(i);
      if (after.start() < before.end()) {
        broken.add(after.where() + " overlaps " + before.where());
      }
    }
    Map<Integer, Claim> bySeq = new HashMap<>();
    found.claims().forEach(c -> bySeq.putIfAbsent(c.seq(), c));
    for (int i = 0; i < found.claims().size(); i++) {
      Claim c = found.claims().get(i);
      String where = "claim " + c.seq() + " [" + c.start() + ", " + c.end() + ")";
      if (c.seq() != i + 1) {
        broken.add(where + " is claim number " + (i + 1));
      }
      span(text, length, c.start(), c.end(), c.text(), where, broken);
      if (c.answers() != null) {
        Claim answered = bySeq.get(c.answers());
        if (c.stance() != Stance.DENIAL || answered == null || answered == c
            || answered.stance() != Stance.ALLEGATION) {
          broken.add(where + ", a " + c.stance() + ", answers claim " + c.answers()
              + (answered == null ? ", which is missing" : ", a " + answered.stance()));
        }
      }
    }
    return broken;
  }

  /** Checks one span; true when it lies in the text. */
  private static boolean span(String text, int length, int start, int end, String expected,
      String where, List<String> broken) {
    if (start < 0 || end > length || start >= end) {
      broken.add(where + " is out of range for a text of " + length + " code points");
      return false;
    }
    String actual = text.substring(text.offsetByCodePoints(0, start),
        text.offsetByCodePoints(0, end));
    if (!actual.equals(expected)) {
      broken.add(where + " holds '" + oneLine(actual) + "' in the text");
    }
    return true;
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ");
    return line.length() > 80 ? line.substring(0, 80) + "…" : line;
  }

  private record Named(String where, int start, int end) {}
}
