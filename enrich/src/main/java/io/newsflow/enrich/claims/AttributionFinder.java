package io.newsflow.enrich.claims;

import io.newsflow.enrich.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the attribution of one claim unit from part-of-speech tags and word order alone: subject
 * and cue ("the lawsuit alleges that"), trailing attributions after a quote ("..., the lawsuit
 * states."), inverted ones ("..., said Smith."), "according to", participles ("a lawsuit
 * accusing"), passives ("was accused of") and hedges ("allegedly"). Cue words inside a quotation
 * belong to the quoted speaker and are skipped.
 */
final class AttributionFinder {

  private static final Set<String> AUXILIARIES =
      Set.of("has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "did",
          "does", "do", "will", "would", "could", "should", "may", "might", "must", "can", "'s",
          "’s", "'ve", "’ve");
  private static final Set<String> BE =
      Set.of("is", "was", "were", "are", "be", "been", "being", "'s", "’s", "am");
  private static final Set<String> HAVE =
      Set.of("has", "have", "had", "'s", "’s", "'ve", "’ve", "'d", "’d", "having");
  private static final Set<String> MODALS_AND_DO =
      Set.of("will", "would", "could", "should", "may", "might", "must", "can", "shall", "did",
          "does", "do", "'ll", "’ll", "'d", "’d");
  private static final Set<String> FIRST_PERSON_AND_REFLEXIVE =
      Set.of("i", "we", "you", "us", "me", "there", "himself", "herself", "itself",
          "themselves", "myself", "ourselves", "yourself", "one");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never", "no");
  private static final Set<String> HEDGES =
      Set.of("allegedly", "reportedly", "purportedly", "supposedly", "apparently",
          "ostensibly");
  private static final Set<String> NP_PREPOSITIONS = Set.of("of", "for", "at", "from", "with", "in");
  private static final Set<String> OBJECT_TAKING = Set.of("tell", "accuse", "warn", "call");
  private static final Set<String> PASSIVE_CUES = Set.of("say", "report", "believe", "think");

  private final CueLexicon lexicon;

  AttributionFinder(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Optional<Attribution> find(ClaimUnit unit) {
    List<Token> tokens = unit.tokens();
    Attribution weakFallback = null;
    for (int c = 0; c < tokens.size(); c++) {
      Token token = tokens.get(c);
      if (unit.inQuote(token.start())) {
        continue;
      }
      String lower = token.word().toLowerCase(Locale.ROOT);
      if (lower.equals("according") && c + 1 < tokens.size()
          && tokens.get(c + 1).word().equalsIgnoreCase("to")) {
        Optional<Attribution> according = accordingTo(unit, c);
        if (according.isPresent()) {
          return according;
        }
        continue;
      }
      Optional<Cue> cue = lexicon.lookup(token.word());
      if (cue.isEmpty() || c > 0 && token.isCapitalized()) {
        continue; // "the United States": a capitalised cue word inside a sentence is a name
      }
      Attribution found = verbCue(unit, c, cue.get());
      if (found == null) {
        continue;
      }
      boolean speakerless = found.pattern() == Attribution.Pattern.PASSIVE
          || found.pattern() == Attribution.Pattern.PARTICIPLE;
      if (!speakerless && (!cue.get().weak() || found.pattern() != Attribution.Pattern.SUBJECT)) {
        return Optional.of(found);
      }
      // Weak cues, passives and participles yield to a later explicit "X said".
      if (weakFallback == null || weakFallback.pattern() == Attribution.Pattern.PASSIVE
          && !speakerless) {
        weakFallback = found;
      }
    }
    if (weakFallback != null) {
      return Optional.of(weakFallback);
    }
    return hedge(unit);
  }

  private Optional<Attribution> accordingTo(ClaimUnit unit, int c) {
    List<Token> tokens = unit.tokens();
    int[] np = rightPhrase(tokens, c + 2);
    if (np == null) {
      return Optional.empty();
    }
    int contentStart;
    int contentEnd;
    if (lastWordIndex(tokens) <= np[1]) {
      contentStart = unit.start();
      contentEnd = tokens.get(firstOfPunctuationRun(tokens, c - 1)).start();
      if (c == 0) {
        contentEnd = unit.end();
      }
    } else {
      int after = np[1] + 1;
      while (after < tokens.size() && tokens.get(after).isPunctuation()) {
        after++;
      }
      contentStart = after < tokens.size() ? tokens.get(after).start() : unit.end();
      contentEnd = unit.end();
      if (c > 0) {
        contentStart = unit.start();
      }
    }
    return Optional.of(new Attribution(Attribution.Pattern.ACCORDING_TO, "according to",
        Cue.Kind.NEUTRAL, false, tokens.get(np[0]).start(), tokens.get(np[1]).end(),
        contentStart, Math.max(contentStart, contentEnd)));
  }

  private Attribution verbCue(ClaimUnit unit, int c, Cue cue) {
    List<Token> tokens = unit.tokens();
    Token token = tokens.get(c);
    if (c > 0 && (tokens.get(c - 1).word().equals("-") || "HYPH".equals(tokens.get(c - 1).tag()))) {
      return null; // "so-called"
    }
    if (c > 0 && lower(tokens.get(c - 1)).equals("to")) {
      return null; // "declined to say", "is expected to announce": nothing said yet
    }
    boolean verb = token.isVerb();
    boolean negated = negatedBefore(tokens, c);
    if (negated && cue.kind() == Cue.Kind.NEUTRAL) {
      return null; // "did not say whether": no claim
    }
    String tag = token.tag();
    if (verb && tag.equals("VBN") && c > 0 && precededByBe(tokens, c)) {
      return passive(unit, c, cue, negated);
    }
    if (verb && tag.equals("VBG") && !(c > 0 && BE.contains(lower(tokens.get(c - 1))))) {
      return participle(unit, c, cue, negated);
    }
    boolean finite = !verb || !(tag.equals("VB") || tag.equals("VBN"))
        || auxiliaryBefore(tokens, c, tag.equals("VB") ? MODALS_AND_DO : HAVE);
    if (verb && c + 1 < tokens.size() && c > 0 && isBoundary(tokens.get(c - 1))) {
      int[] np = rightPhrase(tokens, c + 1);
      if (np != null && clauseEndsAfter(tokens, np[1]) && hasClause(unit, c - 1)) {
        int contentEnd = tokens.get(firstOfPunctuationRun(tokens, c - 1)).start();
        return new Attribution(Attribution.Pattern.INVERTED, token.word(), cue.kind(), negated,
            tokens.get(np[0]).start(), tokens.get(np[1]).end(), unit.start(), contentEnd);
      }
    }
    int[] subject = subject(tokens, c);
    if (subject == null) {
      return null;
    }
    int rest = skipAdverbs(tokens, c + 1);
    boolean opensComplement = rest < tokens.size()
        && (lower(tokens.get(rest)).equals("that") || tokens.get(rest).word().equals(":")
            || unit.inQuote(tokens.get(rest).start()));
    boolean afterBoundary = subject[0] > 0 && isBoundary(tokens.get(subject[0] - 1));
    if (!opensComplement && afterBoundary && shortTail(tokens, c + 1)
        && hasClause(unit, subject[0] - 1)) {
      int contentEnd = tokens.get(firstOfPunctuationRun(tokens, subject[0] - 1)).start();
      return new Attribution(Attribution.Pattern.TRAILING, token.word(), cue.kind(), negated,
          tokens.get(subject[0]).start(), tokens.get(subject[1]).end(), unit.start(),
          contentEnd);
    }
    if (!verb || !finite) {
      // "states" tagged as a noun, "sequences reported from", "listened to Ann tell": only in
      // trailing position.
      return null;
    }
    int contentFrom = rest;
    if (OBJECT_TAKING.contains(cue.lemma()) && !opensComplement) {
      int[] object = rightPhrase(tokens, rest);
      if (object != null) {
        contentFrom = skipAdverbs(tokens, object[1] + 1);
      }
    }
    if (contentFrom < tokens.size() && lower(tokens.get(contentFrom)).equals("that")) {
      contentFrom++;
    }
    if (contentFrom >= tokens.size() || !acceptsComplement(unit, cue, contentFrom,
        opensComplement)) {
      return null;
    }
    Token firstOfContent = tokens.get(contentFrom);
    if (firstOfContent.isPunctuation() && !unit.inQuote(firstOfContent.start())
        && !firstOfContent.word().equals(":")) {
      return null; // "... and the Super Tuesday states, but ...": no complement, no claim
    }
    return new Attribution(Attribution.Pattern.SUBJECT, token.word(), cue.kind(), negated,
        tokens.get(subject[0]).start(), tokens.get(subject[1]).end(),
        tokens.get(contentFrom).start(), unit.end());
  }

  /**
   * Strong cues take any clause; denials and accusations also take a plain object ("denied the
   * claims"); weak cues need a quotation, a "that" or a colon.
   */
  private static boolean acceptsComplement(
      ClaimUnit unit, Cue cue, int from, boolean opensComplement) {
    List<Token> tokens = unit.tokens();
    boolean quoteSoon = false;
    boolean verbInClause = false;
    for (int k = from; k < tokens.size() && k < from + 12; k++) {
      quoteSoon |= unit.inQuote(tokens.get(k).start());
    }
    for (int k = from; k < tokens.size(); k++) {
      if (tokens.get(k).isVerb()) {
        verbInClause = true;
        break;
      }
    }
    if (opensComplement || quoteSoon) {
      return true;
    }
    if (cue.weak()) {
      return false;
    }
    return cue.kind() == Cue.Kind.DENY || cue.lemma().equals("accuse") || verbInClause;
  }

  private Attribution passive(ClaimUnit unit, int c, Cue cue, boolean negated) {
    if (cue.kind() != Cue.Kind.ALLEGE && !PASSIVE_CUES.contains(cue.lemma())) {
      return null;
    }
    List<Token> tokens = unit.tokens();
    int next = c + 1;
    if (cue.kind() != Cue.Kind.ALLEGE && (next >= tokens.size()
        || !lower(tokens.get(next)).equals("to") && !lower(tokens.get(next)).equals("that"))) {
      return null; // "what can be said": only "is said to", "it was reported that" attribute
    }
    int speakerStart = -1;
    int speakerEnd = -1;
    if (next < tokens.size() && lower(tokens.get(next)).equals("by")) {
      int[] np = rightPhrase(tokens, next + 1);
      if (np != null) {
        speakerStart = tokens.get(np[0]).start();
        speakerEnd = tokens.get(np[1]).end();
      }
    }
    return new Attribution(Attribution.Pattern.PASSIVE, tokens.get(c).word(), cue.kind(),
        negated, speakerStart, speakerEnd, unit.start(), unit.end());
  }

  /** "a lawsuit ... accusing X of Y": the nearest document before the cue is the speaker. */
  private Attribution participle(ClaimUnit unit, int c, Cue cue, boolean negated) {
    if (cue.weak()) {
      return null;
    }
    List<Token> tokens = unit.tokens();
    for (int k = c - 1; k >= 0; k--) {
      Token candidate = tokens.get(k);
      if (candidate.isNoun() && SourceNouns.isIn(SourceNouns.DOCUMENTS, candidate.word())
          && !unit.inQuote(candidate.start())) {
        int from = k;
        while (from > 0 && isModifier(tokens.get(from - 1))) {
          from--;
        }
        int contentFrom = Math.min(c + 1, tokens.size() - 1);
        return new Attribution(Attribution.Pattern.PARTICIPLE, tokens.get(c).word(),
            cue.kind(), negated, tokens.get(from).start(), candidate.end(),
            tokens.get(contentFrom).start(), unit.end());
      }
    }
    return null;
  }

  private Optional<Attribution> hedge(ClaimUnit unit) {
    for (Token token : unit.tokens()) {
      if (HEDGES.contains(lower(token)) && !unit.inQuote(token.start())) {
        return Optional.of(new Attribution(Attribution.Pattern.HEDGE, token.word(),
            Cue.Kind.ALLEGE, false, -1, -1, unit.start(), unit.end()));
      }
    }
    return Optional.empty();
  }

  /** The subject before the cue: "the lawsuit", "Facebook's parent company, Meta,". */
  private static int[] subject(List<Token> tokens, int c) {
    int k = c - 1;
    while (k >= 0 && (AUXILIARIES.contains(lower(tokens.get(k)))
        || NEGATIONS.contains(lower(tokens.get(k))) || isAdverb(tokens.get(k)))) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    Token end = tokens.get(k);
    if (end.word().equals(",")) {
      return appositiveSubject(tokens, k);
    }
    if (end.tag().startsWith("W")) {
      // "Elon Musk, who said": the relative pronoun stands for the phrase before it.
      int before = k - 1;
      if (before >= 0 && tokens.get(before).word().equals(",")) {
        before--;
      }
      return leftPhrase(tokens, before);
    }
    return leftPhrase(tokens, k);
  }

  /**
   * "NP1, APPOSITIVE, CUE" where NP1 starts the clause. When NP1 is a name ("Harbor Lane
   * Motors, the carmaker led by X,") the speaker is NP1; when it is a description ("Meta's
   * communications director, Andy Stone,") it is the whole, so the name inside counts.
   */
  private static int[] appositiveSubject(List<Token> tokens, int closingComma) {
    int opening = closingComma - 1;
    boolean finiteVerb = false;
    while (opening >= 0 && !tokens.get(opening).word().equals(",")) {
      String tag = tokens.get(opening).tag();
      finiteVerb |= tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")
          || tag.equals("MD");
      if (closingComma - opening > 25) {
        return null;
      }
      opening--;
    }
    if (opening <= 0 || opening == closingComma - 1) {
      return null;
    }
    Token appositiveStart = tokens.get(opening + 1);
    boolean relativeClause = appositiveStart.tag().startsWith("W"); // "Smith, who ..., said"
    if (relativeClause) {
      int[] named = leftPhrase(tokens, opening - 1);
      return named == null || named[0] > 0 && !isBoundary(tokens.get(named[0] - 1)) ? null
          : named;
    }
    if (finiteVerb || closingComma - opening > 15
        || !isNounPhraseWord(appositiveStart) && !appositiveStart.tag().equals("PRP$")) {
      return null;
    }
    int[] first = leftPhrase(tokens, opening - 1);
    if (first == null || first[0] > 0 && !isBoundary(tokens.get(first[0] - 1))) {
      return null;
    }
    if (tokens.get(first[1]).isProperNoun()) {
      return first;
    }
    int[] second = leftPhrase(tokens, closingComma - 1);
    return second == null ? null : new int[] {first[0], closingComma - 1};
  }

  /** The noun phrase ending at {@code end}, walking left; null when there is none. */
  static int[] leftPhrase(List<Token> tokens, int end) {
    if (end < 0 || end >= tokens.size()) {
      return null;
    }
    Token last = tokens.get(end);
    if (last.tag().equals("PRP")) {
      String pronoun = lower(last);
      // The author ("I", "we") and reflexives ("himself") are no cited sources.
      return FIRST_PERSON_AND_REFLEXIVE.contains(pronoun) ? null : new int[] {end, end};
    }
    if (!last.isNoun() && !last.tag().equals("CD")) {
      return null;
    }
    int start = end;
    while (start > 0) {
      Token previous = tokens.get(start - 1);
      if (isNounPhraseWord(previous)
          || NP_PREPOSITIONS.contains(lower(previous)) && start - 2 >= 0
              && tokens.get(start - 2).isNoun()
          || lower(previous).equals("and") && start - 2 >= 0
              && tokens.get(start - 2).isProperNoun() && tokens.get(start).isProperNoun()) {
        start--;
      } else {
        break;
      }
    }
    return new int[] {start, end};
  }

  /** The noun phrase starting at {@code start}, up to punctuation; null when there is none. */
  static int[] rightPhrase(List<Token> tokens, int start) {
    if (start >= tokens.size()) {
      return null;
    }
    Token first = tokens.get(start);
    if (first.tag().equals("PRP")) {
      return FIRST_PERSON_AND_REFLEXIVE.contains(lower(first)) ? null : new int[] {start, start};
    }
    int end = start - 1;
    int k = start;
    while (k < tokens.size()) {
      Token token = tokens.get(k);
      if (isNounPhraseWord(token)
          || (NP_PREPOSITIONS.contains(lower(token)) || lower(token).equals("and"))
              && k > start && k + 1 < tokens.size() && isNounPhraseWord(tokens.get(k + 1))) {
        end = k;
        k++;
      } else {
        break;
      }
    }
    while (end >= start && !tokens.get(end).isNoun() && !tokens.get(end).tag().equals("CD")) {
      end--;
    }
    return end >= start ? new int[] {start, end} : null;
  }

  private static boolean isNounPhraseWord(Token token) {
    String tag = token.tag();
    return token.isNoun() || isModifier(token) || tag.equals("POS") || tag.equals("CD");
  }

  private static boolean isModifier(Token token) {
    String tag = token.tag();
    return tag.equals("DT") || tag.equals("PDT") || tag.equals("PRP$") || tag.startsWith("JJ")
        || tag.equals("HYPH") || tag.equals("NNP") || tag.equals("CD");
  }

  private static boolean isAdverb(Token token) {
    return token.tag().startsWith("RB") && !NEGATIONS.contains(lower(token));
  }

  private static boolean negatedBefore(List<Token> tokens, int c) {
    for (int k = c - 1; k >= 0 && k >= c - 3; k--) {
      String word = lower(tokens.get(k));
      if (NEGATIONS.contains(word)) {
        return true;
      }
      if (!AUXILIARIES.contains(word) && !isAdverb(tokens.get(k))) {
        return false;
      }
    }
    return false;
  }

  /** Whether one of {@code auxiliaries} stands before the cue, adverbs and negation aside. */
  private static boolean auxiliaryBefore(List<Token> tokens, int c, Set<String> auxiliaries) {
    for (int k = c - 1; k >= 0 && k >= c - 4; k--) {
      String word = lower(tokens.get(k));
      if (auxiliaries.contains(word)) {
        return true;
      }
      if (!isAdverb(tokens.get(k)) && !NEGATIONS.contains(word)) {
        return false;
      }
    }
    return false;
  }

  private static boolean precededByBe(List<Token> tokens, int c) {
    for (int k = c - 1; k >= 0 && k >= c - 3; k--) {
      String word = lower(tokens.get(k));
      if (BE.contains(word)) {
        return !word.equals("'s") && !word.equals("’s") || tokens.get(k).tag().startsWith("VB");
      }
      if (!isAdverb(tokens.get(k)) && !NEGATIONS.contains(word)) {
        return false;
      }
    }
    return false;
  }

  private static int skipAdverbs(List<Token> tokens, int from) {
    int k = from;
    while (k < tokens.size() && (isAdverb(tokens.get(k)) || tokens.get(k).tag().equals("RP"))) {
      k++;
    }
    return k;
  }

  /** After the cue, nothing but a few words without a verb before the clause ends. */
  private static boolean shortTail(List<Token> tokens, int from) {
    int words = 0;
    for (int k = from; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      String word = token.word();
      if (word.equals(".") || word.equals(";") || word.equals("!")) {
        return true;
      }
      if (word.equals(",") || isClosingQuote(word)) {
        return words <= 6;
      }
      if (word.equals("“") || word.equals("``")) {
        return false; // a quotation after the cue is its content
      }
      if (token.tag().startsWith("W")) {
        return true; // "said Leigh Sears, who is ...": a relative clause about the speaker
      }
      if (token.isVerb()) {
        return false;
      }
      if (!token.isPunctuation() && ++words > 6) {
        return false;
      }
    }
    return true;
  }

  /** Whether the tokens before {@code end} hold a clause: a finite verb or a quotation. */
  private static boolean hasClause(ClaimUnit unit, int end) {
    List<Token> tokens = unit.tokens();
    for (int k = 0; k < end && k < tokens.size(); k++) {
      Token token = tokens.get(k);
      String tag = token.tag();
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")
          || unit.inQuote(token.start())) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseEndsAfter(List<Token> tokens, int end) {
    return shortTail(tokens, end + 1);
  }

  private static int lastWordIndex(List<Token> tokens) {
    int k = tokens.size() - 1;
    while (k > 0 && tokens.get(k).isPunctuation()) {
      k--;
    }
    return k;
  }

  /**
   * Where content ends before the token at {@code k} and the punctuation run ending there (",",
   * "”"): the index of the run's first token, or {@code k + 1} when {@code k} is a word.
   */
  private static int firstOfPunctuationRun(List<Token> tokens, int k) {
    int from = Math.min(k, tokens.size() - 1);
    while (from >= 0 && tokens.get(from).isPunctuation()) {
      from--;
    }
    return Math.max(0, Math.min(from + 1, tokens.size() - 1));
  }

  static boolean isBoundary(Token token) {
    String word = token.word();
    return word.equals(",") || word.equals("—") || word.equals("–") || word.equals("--")
        || word.equals(":") || isClosingQuote(word) || word.endsWith("”");
  }

  private static boolean isClosingQuote(String word) {
    return word.equals("”") || word.equals("\"") || word.equals("''") || word.equals("’”");
  }

  static String lower(Token token) {
    return token.word().toLowerCase(Locale.ROOT);
  }
}
