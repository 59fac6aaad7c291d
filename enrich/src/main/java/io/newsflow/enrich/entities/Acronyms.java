package io.newsflow.enrich.entities;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.enrich.lexicon.Lexicon;
import io.newsflow.enrich.nlp.AnalysedText;
import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Acronyms and the names they stand for. An acronym in brackets after a name is that name's
 * short form and takes its type ("Port Ellis (PEL)"); when the tagger missed the name, the
 * capitalised words before the brackets whose initials spell the acronym, ending in an
 * organisation's head noun, are an organisation ("Marovia Dock Workers Union (MDWU)"). An
 * organisation's initials, alone or after its first words, name it again without brackets ("the
 * MDWU", "Tessaly ISO" for "Tessaly Independent System Operator"), where the tagger tends to
 * split them or take the first word for a place.
 */
final class Acronyms {
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,7}");
  /** Words an acronym leaves out: "University and College Union" is "UCU". */
  private static final Set<String> SKIPPED = Lexicon.ACRONYM_SKIPPED_WORDS.words();
  private static final int LONGEST_NAME = 8;

  List<NameMention> apply(AnalysedText text, List<NameMention> mentions) {
    List<NameMention> result = new ArrayList<>(mentions);
    for (Sentence sentence : text.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 1; i + 2 < tokens.size(); i++) {
        if (tokens.get(i).word().equals("(") && tokens.get(i + 2).word().equals(")")
            && ACRONYM.matcher(tokens.get(i + 1).word()).matches()) {
          bracketed(text, tokens, i, result);
        }
      }
    }
    initialisms(text, result);
    result.sort(Comparator.comparingInt(NameMention::start));
    return result;
  }

  /** "Name (ACR)": the acronym at {@code open + 1} takes the name's type, or defines an ORG. */
  private static void bracketed(
      AnalysedText text, List<Token> tokens, int open, List<NameMention> mentions) {
    Token acronym = tokens.get(open + 1);
    Token before = tokens.get(open - 1);
    NameMention name = mentions.stream().filter(m -> m.lastToken() == before.index())
        .findFirst().orElse(null);
    if (name != null) {
      // The first letters agree, so "LOS ANGELES (AP)" leaves the news agency alone; a
      // person's name in brackets is followed by a team or country code ("Ana Lind (ARG)").
      if (name.type() != EntityType.PERSON
          && name.text().charAt(0) == acronym.word().charAt(0)) {
        replace(mentions, single(text, acronym, name.type()));
      }
      return;
    }
    String letters = acronym.word().replaceAll("[^A-Z]", "");
    for (int first = open - 1; first >= Math.max(0, open - LONGEST_NAME); first--) {
      Token word = tokens.get(first);
      if (!word.isCapitalized() && !SKIPPED.contains(word.word().toLowerCase(Locale.ROOT))) {
        return;
      }
      if (word.isCapitalized() && initials(tokens.subList(first, open)).equals(letters)
          && namesAnOrganisation(tokens.subList(first, open))) {
        NameMention full = TaggedNameFinder.mention(text, word, before,
            EntityType.ORGANIZATION, false);
        if (full != null) {
          replace(mentions, full);
          replace(mentions, single(text, acronym, EntityType.ORGANIZATION));
        }
        return;
      }
    }
  }

  /**
   * Whether spelled-out words name an organisation, not a technique ("Heat Assisted Magnetic
   * Recording"): they end in an organisation's head noun or the tagger saw one in them.
   */
  private static boolean namesAnOrganisation(List<Token> words) {
    String head = words.get(words.size() - 1).word().toLowerCase(Locale.ROOT);
    return NameRepairs.ORGANISATION_HEADS.contains(head)
        || words.stream().anyMatch(w -> "ORGANIZATION".equals(w.ner()));
  }

  /** Initials of an organisation's name, alone or after its first words, are that name. */
  private static void initialisms(AnalysedText text, List<NameMention> mentions) {
    List<Token> tokens = text.tokens();
    Map<String, Integer> shortForms = new LinkedHashMap<>(); // words joined by spaces -> count
    for (NameMention m : mentions) {
      if (m.type() != EntityType.ORGANIZATION || m.tokenCount() < 3) {
        continue;
      }
      List<Token> words = tokens.subList(m.firstToken(), m.lastToken() + 1);
      for (int keep = 0; keep + 3 <= words.size(); keep++) {
        String rest = initials(words.subList(keep, words.size()));
        if (rest.length() >= 3 || keep > 0 && rest.length() >= 2) {
          StringBuilder form = new StringBuilder();
          for (Token kept : words.subList(0, keep)) {
            form.append(kept.word()).append(' ');
          }
          shortForms.put(form.append(rest).toString(), keep + 1);
        }
      }
    }
    shortForms.forEach((form, length) -> {
      String[] parts = form.split(" ");
      for (int i = 0; i + length <= tokens.size(); i++) {
        if (matches(tokens, i, parts) && tokens.get(i).sentence() == tokens.get(i + length - 1)
            .sentence()) {
          NameMention found = TaggedNameFinder.mention(text, tokens.get(i),
              tokens.get(i + length - 1), EntityType.ORGANIZATION, false);
          if (found != null) {
            replace(mentions, found);
          }
        }
      }
    });
  }

  private static boolean matches(List<Token> tokens, int from, String[] parts) {
    for (int k = 0; k < parts.length; k++) {
      if (!tokens.get(from + k).word().equals(parts[k])) {
        return false;
      }
    }
    return true;
  }

  /** Upper-case initials of the capitalised words, skipping small words. */
  private static String initials(List<Token> words) {
    StringBuilder initials = new StringBuilder();
    for (Token word : words) {
      if (word.isCapitalized() && !SKIPPED.contains(word.word().toLowerCase(Locale.ROOT))) {
        initials.appendCodePoint(Character.toUpperCase(word.word().codePointAt(0)));
      } else if (!SKIPPED.contains(word.word().toLowerCase(Locale.ROOT))) {
        return ""; // a lower-case or punctuation word: no name
      }
    }
    return initials.toString();
  }

  private static NameMention single(AnalysedText text, Token token, EntityType type) {
    return new NameMention(token.index(), token.index(), token.start(), token.end(),
        text.covered(token.start(), token.end()), type, false);
  }

  /** Adds {@code added} in place of the mentions it overlaps. */
  private static void replace(List<NameMention> mentions, NameMention added) {
    mentions.removeIf(m -> m.start() < added.end() && added.start() < m.end());
    mentions.add(added);
  }
}
