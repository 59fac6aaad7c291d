package io.newsflow.enrich.claims;

import io.newsflow.enrich.lexicon.Lexicon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verbs of saying in all their forms, with their grammar, as listed in {@code
 * lexicon/claims/cue-verbs.tsv}: one row per verb, its forms, its stance and the columns the
 * attribution rules ask about ({@link Column}).
 */
final class CueLexicon {
  /** The columns of cue-verbs.tsv after the lemma and its forms, with the values each allows. */
  enum Column {
    KIND(2, "neutral", "allege", "deny", "admit"),
    WEAK(3, "yes", "no"),
    OBJECT(4, "clause", "noun", "both"),
    HEARER(5, "no", "yes", "required"),
    QUESTION(6, "yes", "no"),
    PASSIVE(7, "yes", "no"),
    REPORTING(8, "yes", "no"),
    TELLS_HOW(9, "yes", "no");

    private final int index;
    private final List<String> values;

    Column(int index, String... values) {
      this.index = index;
      this.values = List.of(values);
    }
  }

  private static final int LEMMA = 0;
  private static final int FORMS = 1;
  private static final int COLUMNS = 10;
  private static final List<List<String>> ROWS = checked(Lexicon.CUE_VERBS.rows());

  private final Map<String, Cue> forms = new HashMap<>();

  CueLexicon() {
    for (List<String> row : ROWS) {
      Cue cue = new Cue(row.get(LEMMA),
          Cue.Kind.valueOf(row.get(Column.KIND.index).toUpperCase(Locale.ROOT)),
          row.get(Column.WEAK.index).equals("yes"));
      for (String form : row.get(FORMS).split(":")) {
        forms.put(form, cue);
      }
    }
  }

  Optional<Cue> lookup(String word) {
    return Optional.ofNullable(forms.get(word.toLowerCase(Locale.ROOT)));
  }

  /** The lemmas whose {@code column} holds one of {@code values}. */
  static Set<String> lemmas(Column column, String... values) {
    Set<String> lemmas = new HashSet<>();
    for (List<String> row : ROWS) {
      if (List.of(values).contains(row.get(column.index))) {
        lemmas.add(row.get(LEMMA));
      }
    }
    return Set.copyOf(lemmas);
  }

  /** The rows, once each has every column and only the values its column allows. */
  private static List<List<String>> checked(List<List<String>> rows) {
    for (List<String> row : rows) {
      if (row.size() != COLUMNS) {
        throw new IllegalStateException("cue-verbs.tsv: " + COLUMNS + " columns expected in "
            + row);
      }
      for (Column column : Column.values()) {
        if (!column.values.contains(row.get(column.index))) {
          throw new IllegalStateException("cue-verbs.tsv: " + column + " of "
              + row.get(LEMMA) + " is \"" + row.get(column.index) + "\", not one of "
              + column.values);
        }
      }
    }
    return rows;
  }
}
