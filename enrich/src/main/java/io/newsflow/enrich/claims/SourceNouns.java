package io.newsflow.enrich.claims;

import io.newsflow.enrich.lexicon.Lexicon;
import java.util.Locale;
import java.util.Set;

/** Nouns that tell what kind of source a description names. */
final class SourceNouns {
  private SourceNouns() {}

  /** Texts that make claims. */
  static final Set<String> DOCUMENTS = Lexicon.DOCUMENT_NOUNS.words();

  /** "according to plan": nouns after "according to" that cite no one. */
  static final Set<String> NOT_SOURCES = Lexicon.NOT_SOURCE_NOUNS.words();

  /** Documents of a legal dispute: what they say is an allegation until proven. */
  static final Set<String> LEGAL_DOCUMENTS = Lexicon.LEGAL_DOCUMENT_NOUNS.words();

  /** People who accuse in a legal dispute. */
  static final Set<String> ACCUSERS = Lexicon.ACCUSER_NOUNS.words();

  /** Organisations named by a common noun. */
  static final Set<String> ORGANIZATIONS = Lexicon.ORGANISATION_NOUNS.words();

  /** Unnamed people: "officials", "a source familiar with". */
  static final Set<String> ANONYMOUS = Lexicon.ANONYMOUS_SOURCE_NOUNS.words();

  /** People named by their role. */
  static final Set<String> ROLES = Lexicon.SOURCE_ROLE_NOUNS.words();

  /** People named by whom they serve: "counsel to the inquiry", "adviser to the president". */
  static final Set<String> ADVISERS = Lexicon.ADVISER_NOUNS.words();

  /** Words before "of" that count their people: "a string of Tory MPs", "a handful of aides". */
  static final Set<String> PARTITIVES = Lexicon.PARTITIVE_NOUNS.words();

  /** Endings of plural nouns for people: "councilmembers", "campaigners", "Democrats". */
  private static final Set<String> PEOPLE_ENDINGS = Lexicon.PEOPLE_PLURAL_ENDINGS.words();
  /**
   * Endings of singular nouns for people: "the strategist", "a councilwoman". Narrower than the
   * plural ones: "the tender", "the order" and "the agent" are no speakers.
   */
  private static final Set<String> PERSON_ENDINGS = Lexicon.PERSON_SINGULAR_ENDINGS.words();
  /** Singular nouns for people that no ending gives away. */
  private static final Set<String> PERSONS = Lexicon.PERSON_NOUNS.words();

  /** Nouns for unnamed people beyond the listed ones, recognised by their ending. */
  static boolean isPeople(String word, boolean plural) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (ANONYMOUS.contains(lower)) {
      return true;
    }
    if (!plural && PERSONS.contains(lower)) {
      return true;
    }
    Set<String> endings = plural ? PEOPLE_ENDINGS : PERSON_ENDINGS;
    return endings.stream().anyMatch(lower::endsWith)
        && !DOCUMENTS.contains(lower) && !NOT_SOURCES.contains(lower);
  }

  static boolean isIn(Set<String> set, String word) {
    return set.contains(word.toLowerCase(Locale.ROOT));
  }
}
