package io.newsflow.enrich.eval;

import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity mention counts per type, CoNLL style: a predicted mention is right only when its start,
 * end and type all equal a gold mention's. Types the gold set does not annotate in an article are
 * still counted, so a spurious DATE is a false positive.
 */
final class EntityTally {
  static final List<EntityType> CONLL =
      List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC);
  static final List<EntityType> NUMERIC =
      List.of(EntityType.DATE, EntityType.MONEY, EntityType.PERCENT);

  /** A mention as a comparable key. */
  record Span(int start, int end, EntityType type, String text) {
    boolean sameSpan(Span o) {
      return start == o.start && end == o.end;
    }
  }

  final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
  final List<Span> missed = new ArrayList<>();
  final List<Span> spurious = new ArrayList<>();

  static EntityTally of(List<GoldMention> gold, List<Entity> predicted) {
    Set<Span> g = new HashSet<>();
    for (GoldMention m : gold) {
      g.add(new Span(m.start(), m.end(), m.type(), m.text()));
    }
    Set<Span> p = new HashSet<>();
    for (Entity e : predicted) {
      for (Mention m : e.mentions()) {
        p.add(new Span(m.start(), m.end(), e.type(), m.text()));
      }
    }
    EntityTally t = new EntityTally();
    for (Span s : g) {
      if (p.contains(s)) {
        t.count(s.type())[0]++;
      } else {
        t.count(s.type())[2]++;
        t.missed.add(s);
      }
    }
    for (Span s : p) {
      if (!g.contains(s)) {
        t.count(s.type())[1]++;
        t.spurious.add(s);
      }
    }
    t.missed.sort(java.util.Comparator.comparingInt(Span::start));
    t.spurious.sort(java.util.Comparator.comparingInt(Span::start));
    return t;
  }

  void add(EntityTally o) {
    o.counts.forEach((type, c) -> {
      int[] mine = count(type);
      for (int i = 0; i < 3; i++) {
        mine[i] += c[i];
      }
    });
  }

  /** {true positives, false positives, false negatives} of {@code types} together. */
  int[] sum(Collection<EntityType> types) {
    int[] s = new int[3];
    for (EntityType type : types) {
      int[] c = counts.getOrDefault(type, new int[3]);
      for (int i = 0; i < 3; i++) {
        s[i] += c[i];
      }
    }
    return s;
  }

  static double precision(int[] c) {
    return ClaimTally.ratio(c[0], c[0] + c[1]);
  }

  static double recall(int[] c) {
    return ClaimTally.ratio(c[0], c[0] + c[2]);
  }

  static double f1(int[] c) {
    return ClaimTally.ratio(2 * c[0], 2 * c[0] + c[1] + c[2]);
  }

  private int[] count(EntityType type) {
    return counts.computeIfAbsent(type, t -> new int[3]);
  }
}
