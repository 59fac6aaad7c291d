package io.newsflow.enrich.entities;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Company names and their short forms: "Harbor Lane" for "Harbor Lane Motors". */
final class CorporateNames {
  private CorporateNames() {}

  /** Words that end a company's full name and are dropped in its short name. */
  private static final Set<String> DESIGNATORS =
      Set.of("inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company",
          "ltd", "ltd.", "limited", "plc", "llc", "ag", "sa", "se", "nv", "gmbh", "group",
          "holdings", "holding", "motors", "motor", "foods", "airlines", "airways", "bank",
          "technologies", "technology", "systems", "industries", "international", "partners",
          "pharmaceuticals", "energy", "labs", "entertainment", "enterprises", "brands",
          "capital", "communications", "networks", "software", "solutions", "studios",
          "shipping", "minerals", "chemicals", "refining", "mining", "securities", "media",
          "steel", "petroleum", "logistics", "insurance", "resources", "trading", "construction",
          "automotive", "pharma", "biotech", "therapeutics", "semiconductor", "electronics");

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
