package io.newsflow.enrich.entities;

import io.newsflow.enrich.nlp.AnalysedText;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the entities of one tagged article: names from the tagger, repaired for document-level
 * consistency, plus money, percentages and dates, grouped and scored. Not thread-safe in
 * principle (one per stream thread), though it holds no mutable state today.
 */
public final class EntityRecognizer {
  private final TaggedNameFinder tagged = new TaggedNameFinder();
  private final NameRepairs repairs = new NameRepairs();
  private final DocumentConsistency consistency;
  private final NumericExpressionFinder numbers = new NumericExpressionFinder();
  private final EntityGrouper grouper = new EntityGrouper();

  public EntityRecognizer(FirstNames firstNames) {
    this.consistency = new DocumentConsistency(firstNames);
  }

  public EntityAnalysis recognize(AnalysedText text, String title, OffsetDateTime published) {
    List<NumericMention> numeric = numbers.find(text.text(), text.analysedChars(), published);
    List<NameMention> names = new ArrayList<>();
    for (NameMention name : consistency.apply(text, repairs.apply(text, tagged.find(text)))) {
      // A name inside a money amount or date ("May 5", "US$") is the number's, not a name.
      boolean insideNumber =
          numeric.stream().anyMatch(n -> n.start() < name.end() && name.start() < n.end());
      if (!insideNumber) {
        names.add(name);
      }
    }
    return new EntityAnalysis(
        grouper.group(withoutOverlaps(names), numeric, title, text.text().length()));
  }

  /**
   * Subscribers rely on mentions never overlapping; should two repairs ever disagree on where a
   * name ends, the longer mention stays.
   */
  static List<NameMention> withoutOverlaps(List<NameMention> names) {
    List<NameMention> byLength = new ArrayList<>(names);
    byLength.sort(Comparator.comparingInt((NameMention n) -> n.end() - n.start()).reversed()
        .thenComparingInt(NameMention::start));
    List<NameMention> kept = new ArrayList<>();
    for (NameMention name : byLength) {
      if (kept.stream().noneMatch(k -> k.start() < name.end() && name.start() < k.end())) {
        kept.add(name);
      }
    }
    kept.sort(Comparator.comparingInt(NameMention::start));
    return kept;
  }
}
