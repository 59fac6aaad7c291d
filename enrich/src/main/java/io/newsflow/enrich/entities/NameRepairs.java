package io.newsflow.enrich.entities;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.enrich.lexicon.Lexicon;
import io.newsflow.enrich.nlp.AnalysedText;
import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs the spans and types of the tagger's names from their shape, before document
 * consistency votes: a dateline in capitals is a place ("PORT SELWYN —"), a run of capitalised
 * words ending in an organisation's head noun is one organisation ("Free Tessaly Movement",
 * "Coastal States Union"), a newspaper's short form is an organisation ("the Dispatch"), a
 * demonym before a noun is a MISC adjective ("Ostravian embassy"), and neither a capitalised
 * common noun opening a sentence ("Developer Orchard Lane Partners") nor a post-nominal ("Alistair
 * Munro KC") belongs to a name.
 */
final class NameRepairs {
  /** Last words of organisation names. */
  static final Set<String> ORGANISATION_HEADS = Lexicon.ORGANISATION_HEADS.words();
  /** Short forms of newspapers after "the": "the Post", "the Dispatch". */
  static final Set<String> NEWSPAPERS = Lexicon.NEWSPAPER_SHORT_NAMES.words();
  private static final Set<String> POST_NOMINALS = Lexicon.POST_NOMINALS.words();
  /** Fields of ministers and secretaries: "Health Secretary", "Foreign Minister". */
  private static final Set<String> PORTFOLIOS = Lexicon.PORTFOLIOS.words();
  private static final Set<String> OFFICE_TITLES = Lexicon.OFFICE_TITLES.words();
  private static final Set<String> JOINERS = Lexicon.ORGANISATION_NAME_JOINERS.words();
  private static final java.util.regex.Pattern DEMONYM =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{L}{3,}(ian|ean|ese|ish)$");

  private final WorkTitles titles = new WorkTitles();

  List<NameMention> apply(AnalysedText text, List<NameMention> tagged) {
    List<NameMention> mentions = new ArrayList<>();
    for (NameMention m : tagged) {
      NameMention repaired = trimmed(text, m);
      if (repaired != null) {
        repaired = retyped(text, repaired);
      }
      if (repaired != null) {
        mentions.add(repaired);
      }
    }
    mentions.removeIf(m -> isTimeZoneAfterTime(text, m));
    List<NameMention> found = new ArrayList<>(shapes(text));
    found.addAll(CountryNames.find(text));
    found.addAll(titles.find(text));
    for (NameMention added : found) {
      mentions.removeIf(m -> m.start() < added.end() && added.start() < m.end());
      mentions.add(added);
    }
    mentions.sort(Comparator.comparingInt(NameMention::start));
    return mentions;
  }

  private static NameMention trimmed(AnalysedText text, NameMention m) {
    List<Token> tokens = text.tokens();
    int from = m.firstToken();
    int to = m.lastToken();
    Token first = tokens.get(from);
    boolean opensClause = startsSentence(text, from)
        || from > 0 && tokens.get(from - 1).sentence() == first.sentence()
            && isDash(tokens.get(from - 1));
    if (from == to && opensClause && (first.tag().equals("NN") || first.tag().equals("NNS"))
        && !first.word().equals(first.word().toUpperCase(Locale.ROOT))) {
      // "PORT SELWYN — Prosecutors said": a common noun opening the clause, not an acronym
      return null;
    }
    if (from < to && startsSentence(text, from) && tokens.get(from).tag().startsWith("NN")
        && !tokens.get(from).isProperNoun()) {
      from++; // "Developer Orchard Lane Partners"
    }
    if (m.type() == EntityType.PERSON && from < to
        && POST_NOMINALS.contains(tokens.get(to).word())) {
      to--; // "Alistair Munro KC"
    }
    if (from == m.firstToken() && to == m.lastToken()) {
      return m;
    }
    return TaggedNameFinder.mention(text, tokens.get(from), tokens.get(to), m.type(),
        m.fromTagger());
  }

  /**
   * A demonym before a noun ("Ostravian embassy", "Kestorian officials") is MISC, and so is a
   * party's adjective the tagger took for the party ("Democratic debate"). A ministry's field
   * before a title ("Transport Secretary Ana Lind") is no organisation at all.
   */
  private static NameMention retyped(AnalysedText text, NameMention m) {
    List<Token> tokens = text.tokens();
    String lastWord = tokens.get(m.lastToken()).word();
    String last = lastWord.toLowerCase(Locale.ROOT);
    if (m.tokenCount() >= 2 && Character.isUpperCase(lastWord.codePointAt(0))) {
      if (LAW_HEADS.contains(last) && (m.type() != EntityType.PERSON || !last.equals("bill"))) {
        return m.withType(EntityType.MISC); // "Clean Rivers Act", "the Agriculture Bill"
      }
      if (STREET_HEADS.contains(last) && m.type() != EntityType.MISC) {
        return m.withType(EntityType.LOCATION); // "Cornmarket St", "Harbour Road"
      }
    }
    if (DISEASES.contains(DocumentConsistency.nameKey(m.text()))) {
      return null; // a disease is no name under CoNLL rules, however it is written
    }
    Token next = m.lastToken() + 1 < tokens.size() ? tokens.get(m.lastToken() + 1) : null;
    if (m.tokenCount() == 1 && m.type() == EntityType.ORGANIZATION && next != null
        && next.sentence() == tokens.get(m.lastToken()).sentence()) {
      Token only = tokens.get(m.firstToken());
      if (only.tag().startsWith("JJ") && next.isNoun() && !next.isCapitalized()) {
        return m.withType(EntityType.MISC);
      }
      if (PORTFOLIOS.contains(only.word().toLowerCase(Locale.ROOT))
          && OFFICE_TITLES.contains(next.word().toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    if (m.tokenCount() == 1 && m.type() == EntityType.LOCATION
        && DEMONYM.matcher(m.text()).matches() && m.lastToken() + 1 < tokens.size()
        && tokens.get(m.lastToken() + 1).isNoun()) {
      return m.withType(EntityType.MISC);
    }
    return m;
  }

  /** Time zones, which CoNLL does not count as names: "06.05 GMT", "9pm ET". */
  private static final Set<String> TIME_ZONES = Lexicon.TIME_ZONES.words();

  /** A time zone right after a time of day: part of the time, not a name. */
  private static boolean isTimeZoneAfterTime(AnalysedText text, NameMention m) {
    if (m.tokenCount() != 1 || !TIME_ZONES.contains(m.text()) || m.firstToken() == 0) {
      return false;
    }
    String before = text.tokens().get(m.firstToken() - 1).word().toLowerCase(Locale.ROOT);
    return before.matches(".*\\d.*") || before.equals("am") || before.equals("pm")
        || before.equals("a.m.") || before.equals("p.m.");
  }

  /** Last words of prizes, competitions and festivals. */
  private static final Set<String> EVENT_NAME_HEADS = Lexicon.EVENT_NAME_HEADS.words();

  private static boolean untagged(List<Token> tokens, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (tokens.get(i).hasEntityTag()) {
        return false;
      }
    }
    return true;
  }

  /** Last words of laws, treaties and plans, which CoNLL counts as MISC. */
  static final Set<String> LAW_HEADS = Lexicon.LAW_HEADS.words();
  /** Last words of street names: places, though the tagger often makes them organisations. */
  private static final Set<String> STREET_HEADS = Lexicon.STREET_HEADS.words();
  /** Diseases the tagger takes for names: news writes them capitalised. */
  private static final Set<String> DISEASES = Lexicon.DISEASE_NAMES.words();

  private static boolean isDash(Token token) {
    String word = token.word();
    return word.equals("—") || word.equals("–") || word.equals("--") || word.equals("-");
  }

  private static boolean startsSentence(AnalysedText text, int token) {
    for (Sentence s : text.sentences()) {
      if (s.first().index() == token) {
        return true;
      }
    }
    return false;
  }

  /** Names found from their shape alone, which replace whatever the tagger made of them. */
  private static List<NameMention> shapes(AnalysedText text) {
    List<NameMention> found = new ArrayList<>();
    List<Sentence> sentences = text.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      if (s <= 2) {
        NameMention dateline = dateline(text, tokens);
        if (dateline != null) {
          found.add(dateline);
        }
      }
      if (CapitalLines.inCapitals(tokens)) {
        continue; // "RULING PARTY WINS": every word of a headline in capitals looks like a name
      }
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        boolean adjective = i > 0 && token.isCapitalized() && token.tag().startsWith("JJ")
            && i + 1 < tokens.size() && name(tokens.get(i + 1)); // "the Free Marovia Movement"
        if (!name(token) && !adjective) {
          continue;
        }
        int j = i;
        while (j + 1 < tokens.size() && (name(tokens.get(j + 1))
            || JOINERS.contains(tokens.get(j + 1).word().toLowerCase(Locale.ROOT))
                && j + 2 < tokens.size() && name(tokens.get(j + 2)))) {
          j++;
        }
        int first = i;
        if (first == 0 && !token.isProperNoun()) {
          first++; // a capitalised common noun opening the sentence
          while (first < j && JOINERS.contains(tokens.get(first).word().toLowerCase(Locale.ROOT))) {
            first++; // "Results of Valdorian Basketball League": nor the word joining it on
          }
        }
        String head = tokens.get(j).word().toLowerCase(Locale.ROOT);
        if (j > first && ORGANISATION_HEADS.contains(head)) {
          NameMention m = TaggedNameFinder.mention(text, tokens.get(first), tokens.get(j),
              EntityType.ORGANIZATION, true);
          if (m != null) {
            found.add(m);
          }
        } else if (j > first && EVENT_NAME_HEADS.contains(head) && untagged(tokens, first, j)) {
          // "the Kestrel Guild Awards": a run of capitalised words the tagger left alone that
          // ends in a prize's or competition's head word is a MISC name.
          NameMention m = TaggedNameFinder.mention(text, tokens.get(first), tokens.get(j),
              EntityType.MISC, true);
          if (m != null) {
            found.add(m);
          }
        } else if (i == j && i > 0 && NEWSPAPERS.contains(head) && token.isProperNoun()
            && tokens.get(i - 1).word().equalsIgnoreCase("the")) {
          NameMention m = TaggedNameFinder.mention(text, token, token, EntityType.ORGANIZATION,
              true);
          if (m != null) {
            found.add(m);
          }
        }
        i = j;
      }
    }
    return found;
  }

  /** "PORT SELWYN —", "DORVAN, Kestoria (Meridian Wire) -": capitals opening a paragraph. */
  private static NameMention dateline(AnalysedText text, List<Token> tokens) {
    if (tokens.isEmpty() || !paragraphStart(text.text(), tokens.get(0).start())) {
      return null;
    }
    int j = -1;
    while (j + 1 < tokens.size() && (capitals(tokens.get(j + 1).word())
        || j >= 0 && gluedHyphen(tokens, j + 1))) {
      j++; // "AL-SARIM", split at its hyphen by the tokenizer, is one place
    }
    if (j < 0 || j + 1 >= tokens.size()) {
      return null;
    }
    String after = tokens.get(j + 1).word();
    boolean separator = after.equals(",") || after.equals("-") || after.equals("—")
        || after.equals("–") || after.equals("(") || after.equals("-LRB-") || after.equals("--");
    // "MERIDOR 1996-12-08": a wire dateline gives the date right after the place.
    boolean date = ISO_DATE.matcher(after).matches();
    if (!separator && !date || separator && restInCapitals(text.text(), tokens, j + 2)) {
      // "SOCCER - VALDORIA GET LUCKY WIN": a topic before a headline in capitals, no place
      return null;
    }
    return TaggedNameFinder.mention(text, tokens.get(0), tokens.get(j), EntityType.LOCATION,
        true);
  }

  private static final java.util.regex.Pattern ISO_DATE =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Whether the words of the line from token {@code from} on are all in capitals. */
  private static boolean restInCapitals(String text, List<Token> tokens, int from) {
    int words = 0;
    for (int i = from; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (text.substring(tokens.get(i - 1).end(), token.start()).contains("\n")) {
        break;
      }
      if (token.word().codePoints().anyMatch(Character::isLowerCase)) {
        return false;
      }
      if (token.word().codePoints().filter(Character::isLetter).count() >= 2) {
        words++;
      }
    }
    return words > 0;
  }

  /** A hyphen written without spaces between two words in capitals. */
  private static boolean gluedHyphen(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && TaggedNameFinder.isHyphen(tokens.get(i))
        && tokens.get(i - 1).end() == tokens.get(i).start()
        && tokens.get(i).end() == tokens.get(i + 1).start()
        && capitals(tokens.get(i + 1).word());
  }

  private static boolean paragraphStart(String text, int offset) {
    int k = offset - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k < 0 || text.charAt(k) == '\n';
  }

  private static boolean capitals(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c)
        || c == '-' || c == '.' || c == '\'');
  }

  private static boolean name(Token token) {
    return token.isCapitalized() && Character.isLetter(token.word().codePointAt(0))
        && (token.isProperNoun() || token.tag().startsWith("NN")
            || token.tag().startsWith("JJ") && DEMONYM.matcher(token.word()).matches());
  }
}
