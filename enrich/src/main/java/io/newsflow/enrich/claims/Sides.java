package io.newsflow.enrich.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sides of an article's dispute, read from how its speakers are introduced and what their
 * cues say: who prosecutes (prosecutors, plaintiffs, a lawsuit, whoever is introduced with such a
 * title however they are named later) and who defends (defence lawyers, and lawyers of a party
 * the article accuses). A speaker keeps its side for the whole article, so "Ibarra said" after
 * "Assistant District Attorney Renata Ibarra told jurors" still speaks for the prosecution.
 */
final class Sides {
  /** "Defense attorney X", "X's lawyer", "his barrister", "counsel for the family". */
  private static final Pattern LAWYER =
      Pattern.compile("\\b(lawyers?|attorneys?|counsel|barristers?|solicitors?|defen[cs]e"
          + "|representing)\\b");
  private static final Pattern DEFENCE = Pattern.compile("\\bdefen[cs]e\\b");
  private static final Pattern PROSECUTION =
      Pattern.compile("\\b(prosecut\\w+|attorney general|district attorney|state's attorney"
          + "|plaintiffs?|claimants?|complainants?|counsel (to|for) the inquiry)\\b");
  private static final Pattern POSSESSIVE_PRONOUN = Pattern.compile("\\b(his|her|their)\\b");

  private final Set<String> prosecution = new HashSet<>();
  private final Set<String> defence = new HashSet<>();
  private final Map<String, String> descriptions = new HashMap<>();

  /** The key a speaker is known by across the article: its entity, else its words. */
  static String key(Source source) {
    return source.speaker().entity() != null ? source.speaker().entity()
        : source.speaker().text() == null ? ""
        : source.speaker().text().toLowerCase(Locale.ROOT);
  }

  /**
   * Notes how a speaker is introduced.
   *
   * @param description the speaker as written with the words just before it ("In her opening
   *     statement, Assistant District Attorney Renata Ibarra")
   */
  void introduce(Source source, String description) {
    String key = key(source);
    if (key.isEmpty()) {
      return;
    }
    String lower = description.toLowerCase(Locale.ROOT);
    descriptions.merge(key, lower, (a, b) -> a + " | " + b);
    if (source.legal() || PROSECUTION.matcher(lower).find()) {
      prosecution.add(key);
    }
  }

  /**
   * Decides the defence once every accused party is known: a defence lawyer, or a lawyer of an
   * accused party or of someone the description only names by a pronoun ("His lawyer, Colin
   * Abernathy") in an article that accuses someone.
   */
  void settle(Set<String> accused) {
    for (Map.Entry<String, String> e : descriptions.entrySet()) {
      String description = e.getValue();
      if (prosecution.contains(e.getKey()) || !LAWYER.matcher(description).find()) {
        continue;
      }
      boolean forAccused = accused.stream()
          .anyMatch(a -> description.contains(a.toLowerCase(Locale.ROOT)));
      if (DEFENCE.matcher(description).find() || forAccused
          || !accused.isEmpty() && POSSESSIVE_PRONOUN.matcher(description).find()) {
        defence.add(e.getKey());
      }
    }
  }

  boolean prosecutes(Source source) {
    return prosecution.contains(key(source));
  }

  boolean defends(Source source) {
    return defence.contains(key(source));
  }
}
