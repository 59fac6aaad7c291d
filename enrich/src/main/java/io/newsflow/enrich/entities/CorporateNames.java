package io.newsflow.enrich.entities;

import io.newsflow.enrich.lexicon.Lexicon;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Company names and their short forms: "Harbor Lane" for "Harbor Lane Motors". */
final class CorporateNames {
  private CorporateNames() {}

  /** Words that end a company's full name and are dropped in its short name. */
  private static final Set<String> DESIGNATORS = Lexicon.COMPANY_DESIGNATORS.words();

  static boolean isDesignator(String word) {
    return DESIGNATORS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code shorter} is {@code full} without its trailing designators (name keys). */
  static boolean isShortFormOf(String shorter, String full) {
    String[] words = full.split(" ");
    for (int cut = words.length - 1; cut >= 1; cut--) {
      if (!isDesignator(words[cut])) {
        return false;
      }
      if (String.join(" ", Arrays.copyOfRange(words, 0, cut)).equals(shorter)) {
        return true;
      }
    }
    return false;
  }
}
