package io.newsflow.enrich.claims;

import io.newsflow.enrich.lexicon.Lexicon;
import io.newsflow.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
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

  private static final Set<String> AUXILIARIES = Lexicon.AUXILIARIES.words();
  private static final Set<String> BE = Lexicon.BE_FORMS.words();
  private static final Set<String> HAVE = Lexicon.HAVE_FORMS.words();
  private static final Set<String> MODALS_AND_DO = Lexicon.MODALS_AND_DO.words();
  private static final Set<String> FIRST_PERSON_AND_REFLEXIVE =
      Lexicon.FIRST_PERSON_AND_REFLEXIVE.words();
  private static final Set<String> SUBORDINATORS = Lexicon.SUBORDINATORS.words();
  private static final Set<String> EMPHATIC_REFLEXIVES = Lexicon.EMPHATIC_REFLEXIVES.words();
  private static final Set<String> NEGATIONS = Lexicon.NEGATIONS.words();
  private static final Set<String> HEDGES = Lexicon.HEDGE_ATTRIBUTION_ADVERBS.words();
  private static final Set<String> NP_PREPOSITIONS = Lexicon.NOUN_PHRASE_PREPOSITIONS.words();
  /** "familiar with", "close to", "briefed on": an adjective and its preposition after a noun. */
  private static final Set<String> POSTMODIFIER_PREPOSITIONS =
      Lexicon.POSTMODIFIER_PREPOSITIONS.words();
  /** Weak cues that take a noun object ("called the suit", "praised the plan"), not a clause. */
  private static final Set<String> OBJECT_CUES =
      CueLexicon.lemmas(CueLexicon.Column.OBJECT, "noun", "both");
  /** Object cues that also take a clause without "that": "data showed sales had fallen". */
  private static final Set<String> CLAUSE_OR_OBJECT =
      CueLexicon.lemmas(CueLexicon.Column.OBJECT, "both");
  /** Cues that take the person told as object: "told reporters that". */
  private static final Set<String> OBJECT_TAKING =
      CueLexicon.lemmas(CueLexicon.Column.HEARER, "yes", "required");
  /** Object-taking cues that need both a hearer and a content: "informed the ministry of". */
  private static final Set<String> HEARER_REQUIRED =
      CueLexicon.lemmas(CueLexicon.Column.HEARER, "required");
  /** Cues of asking: claims only with a quoted question. */
  private static final Set<String> QUESTION_CUES =
      CueLexicon.lemmas(CueLexicon.Column.QUESTION, "yes");
  /** Cues whose passive hedges a claim: "is said to", "is believed to". */
  private static final Set<String> PASSIVE_CUES =
      CueLexicon.lemmas(CueLexicon.Column.PASSIVE, "yes");

  /** Tags of a finite verb: past, present, modal. */
  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
  /** How many coordinated verbs a subject is followed back through at most. */
  private static final int MAX_COORDINATED_VERBS = 4;

  private final CueLexicon lexicon;

  AttributionFinder(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Conjunctions after which a new speaker may attribute a second claim: ", while Y warned". */
  private static final Set<String> CONTRASTS = Lexicon.CONTRAST_CONJUNCTIONS.words();
  /** Nouns of saying that take a "that" clause: "Brandt's claim that", "claims by X that". */
  private static final Set<String> NOMINAL_NOUNS = Lexicon.NOMINAL_CUE_NOUNS.words();
  private static final Set<String> ACCUSING_NOUNS = Lexicon.ACCUSING_NOUNS.words();
  /** Question words after which a reporting-only cue reports no claim. */
  private static final Set<String> QUESTION_WORDS = Lexicon.QUESTION_WORDS.words();
  /** Question words after which no cue reports a claim: "would not say whether". */
  private static final Set<String> YES_NO_QUESTION_WORDS = Lexicon.YES_NO_QUESTION_WORDS.words();
  /** Cues that report no claim before a question word: "would not say how many". */
  private static final Set<String> REPORTING_ONLY =
      CueLexicon.lemmas(CueLexicon.Column.REPORTING, "yes");
  /** Cues that tell a story after "how": "told the jury how his daughter had been". */
  private static final Set<String> TELLS_HOW =
      CueLexicon.lemmas(CueLexicon.Column.TELLS_HOW, "yes");
  private static final Set<String> SUBJECT_PRONOUNS = Lexicon.THIRD_PERSON_SUBJECT_PRONOUNS.words();
  /** Pronouns that can only be subjects: never the object of "told" or "warned". */
  private static final Set<String> SUBJECT_FORMS = Lexicon.SUBJECT_CASE_PRONOUNS.words();

  /**
   * Every claim of a unit, in text order: the main attribution, the claims it splits into ("X
   * said A, while Y warned B", "X said A and that B", "X said A, rejecting B", "A, a figure he
   * said B") and nominal attributions with a named speaker ("Brandt's claim that A").
   */
  List<Attribution> findAll(ClaimUnit unit) {
    List<Attribution> result = new ArrayList<>();
    find(unit).ifPresent(primary -> result.addAll(afterAttribution(unit, split(unit, primary,
        0))));
    for (Attribution nominal : nominals(unit)) {
      boolean same = result.stream().anyMatch(a -> a.contentStart() == nominal.contentStart());
      if (!same) {
        result.add(nominal);
      }
    }
    result.removeIf(a -> asksWithoutQuotedQuestion(unit, a));
    result.sort(Comparator.comparingInt(a -> a.claimStart() < 0 ? unit.start() : a.claimStart()));
    return result;
  }

  /**
   * "asked the mayor about the “bridge tax”", "wondered whether": asking reports a claim only
   * when what is asked is a quoted question ("Varga asked, “Who will pay?”").
   */
  private boolean asksWithoutQuotedQuestion(ClaimUnit unit, Attribution a) {
    if (a.cue() == null) {
      return false;
    }
    String verb = a.cue().split(" ")[0];
    boolean asking = lexicon.lookup(verb).map(c -> QUESTION_CUES.contains(c.lemma()))
        .orElse(false);
    if (!asking) {
      return false;
    }
    int from = a.contentStart();
    int to = a.contentEnd();
    // "“Who will pay?” she asked": the mark closing a trailing quotation lies before the speaker
    int markEnd = a.speakerStart() >= to ? a.speakerStart() : to;
    boolean questionMark = unit.tokens().stream().anyMatch(t -> t.word().equals("?")
        && t.start() >= from && t.start() < markEnd && unit.inQuote(t.start()));
    return !questionMark || unit.quotedChars(from, to) * 2 < to - from;
  }

  /**
   * "“A,” Njoku said. “B.”": a quotation after a trailing attribution in the same unit is a
   * second claim of the same speaker.
   */
  private static List<Attribution> afterAttribution(ClaimUnit unit, List<Attribution> found) {
    Attribution last = found.get(found.size() - 1);
    boolean trailing = last.pattern() == Attribution.Pattern.TRAILING
        || last.pattern() == Attribution.Pattern.INVERTED;
    if (!trailing) {
      return found;
    }
    int after = Math.max(last.speakerEnd(), last.contentEnd());
    List<Token> tokens = unit.tokens();
    for (int k = 0; k + 2 < tokens.size(); k++) {
      Token comma = tokens.get(k);
      String next = lower(tokens.get(k + 1));
      if (comma.start() >= after && comma.word().equals(",") && !unit.inQuote(comma.start())
          && (next.equals("and") || next.equals("but")) && startsClause(tokens, k + 2)) {
        // "A, he said at a news conference, and he had no say in B"
        List<Attribution> result = new ArrayList<>(found.subList(0, found.size() - 1));
        result.add(last.endingAt(tokens.get(k - 1).end(), unit.start()));
        result.add(new Attribution(last.pattern(), last.cue(), last.kind(), false,
            last.speakerStart(), last.speakerEnd(), tokens.get(k + 2).start(), unit.end(),
            tokens.get(k + 1).start(), unit.end(), true));
        return result;
      }
    }
    for (QuoteSpan quote : unit.quotes()) {
      if (quote.start() > after && quote.start() < unit.end()
          && punctuatedBetween(tokens, after, quote.start())) {
        int end = unit.tokens().stream().filter(t -> t.end() <= quote.start())
            .mapToInt(Token::end).max().orElse(unit.end());
        List<Attribution> result = new ArrayList<>(found.subList(0, found.size() - 1));
        result.add(last.endingAt(end, unit.start()));
        result.add(new Attribution(last.pattern(), last.cue(), last.kind(), false,
            last.speakerStart(), last.speakerEnd(), quote.start(), unit.end(), quote.start(),
            unit.end(), true));
        return result;
      }
    }
    return found;
  }

  /**
   * "“A,” Njoku said. “B.”" has a stop between the attribution and the next quotation; "says a
   * report highlighting the “rise of X”" quotes inside the speaker's description.
   */
  private static boolean punctuatedBetween(List<Token> tokens, int from, int to) {
    return tokens.stream().anyMatch(t -> t.start() >= from && t.end() <= to
        && Set.of(".", ",", ":", ";", "—").contains(t.word()));
  }

  /** Cuts a "SPEAKER CUE CONTENT" attribution where its content gives way to another claim. */
  private List<Attribution> split(ClaimUnit unit, Attribution a, int depth) {
    if (a.pattern() != Attribution.Pattern.SUBJECT || depth > 3) {
      return List.of(a);
    }
    List<Token> tokens = unit.tokens();
    int from = 0;
    while (from < tokens.size() && tokens.get(from).start() < a.contentStart()) {
      from++;
    }
    for (int k = from + 1; k + 2 < tokens.size(); k++) {
      Token token = tokens.get(k);
      if (unit.inQuote(token.start())) {
        continue;
      }
      String word = lower(token);
      Attribution second = null;
      if (word.equals(",") || word.equals(";")) {
        second = afterComma(unit, a, k + 1);
      } else if ((word.equals("and") || word.equals("but"))
          && coordinatedCue(unit, k + 1) != null) {
        second = coordinatedCue(unit, k + 1);
        second = new Attribution(second.pattern(), second.cue(), second.kind(), second.negated(),
            a.speakerStart(), a.speakerEnd(), second.contentStart(), second.contentEnd(),
            tokens.get(k + 1).start(), unit.end(), true);
      } else if (word.equals("and") && lower(tokens.get(k + 1)).equals("that")
          && startsClause(tokens, k + 2)) {
        // "said A and that B": the same speaker and cue, a second content.
        second = new Attribution(a.pattern(), a.cue(), a.kind(), a.negated(), a.speakerStart(),
            a.speakerEnd(), tokens.get(k + 2).start(), unit.end(), tokens.get(k + 1).start(),
            unit.end(), true);
      }
      if (second != null) {
        int last = k - 1;
        while (last > 0 && (tokens.get(last).word().equals(",")
            || tokens.get(last).word().equals(";"))) {
          last--;
        }
        int end = tokens.get(last).end();
        List<Attribution> parts = new ArrayList<>();
        parts.add(a.endingAt(end, unit.start()));
        parts.addAll(split(unit, second, depth + 1));
        return parts;
      }
    }
    return List.of(a);
  }

  /**
   * "X called the charge baseless and said B": a second cue of the same subject after "and",
   * with its own complement; null when there is none.
   */
  private Attribution coordinatedCue(ClaimUnit unit, int c) {
    List<Token> tokens = unit.tokens();
    if (c + 1 >= tokens.size()) {
      return null;
    }
    Token token = tokens.get(c);
    Optional<Cue> cue = lexicon.lookup(token.word());
    // "and accused management of": the past tense is often tagged as a participle after "and"
    if (cue.isEmpty() || !(token.tag().equals("VBD") || token.tag().equals("VBZ")
        || token.tag().equals("VBN")) || unit.inQuote(token.start())) {
      return null;
    }
    int from = skipAdverbs(tokens, c + 1);
    int afterPhrases = skipPrepositionalPhrases(tokens, from);
    boolean explicit = false;
    if (afterPhrases < tokens.size() && lower(tokens.get(afterPhrases)).equals("that")) {
      from = afterPhrases + 1;
      explicit = true;
    }
    int objectStart = explicit ? -1 : objectComplement(unit, cue.get(), from);
    if (objectStart >= 0) {
      // "urged X to do Y and called for an inquiry"
      return new Attribution(Attribution.Pattern.SUBJECT, token.word(), cue.get().kind(), false,
          -1, -1, tokens.get(objectStart).start(), unit.end());
    }
    if (from >= tokens.size() || tokens.get(from).isPunctuation()
        && !unit.inQuote(tokens.get(from).start())
        || !acceptsComplement(unit, cue.get(), from, explicit)) {
      return null;
    }
    return new Attribution(Attribution.Pattern.SUBJECT, token.word(), cue.get().kind(), false,
        -1, -1, tokens.get(from).start(), unit.end());
  }

  /** A claim starting after a comma inside another claim's content, or null. */
  private Attribution afterComma(ClaimUnit unit, Attribution a, int next) {
    List<Token> tokens = unit.tokens();
    Token first = tokens.get(next);
    String word = lower(first);
    if (CONTRASTS.contains(word)) {
      // ", while Paul Aranda of the Ardenne Institute warned that B"
      for (int c = next + 2; c < tokens.size() && c < next + 12; c++) {
        Optional<Cue> cue = lexicon.lookup(tokens.get(c).word());
        if (cue.isEmpty() || tokens.get(c).isCapitalized() || unit.inQuote(tokens.get(c)
            .start())) {
          continue;
        }
        Attribution found = verbCue(unit, c, cue.get());
        if (found != null && found.pattern() == Attribution.Pattern.SUBJECT
            && found.speakerStart() == tokens.get(next + 1).start()) {
          return found.coveringFrom(tokens.get(next + 1).start(), unit.end());
        }
      }
      return null;
    }
    int that = word.equals("and") && next + 1 < tokens.size() ? next + 1 : next;
    if (lower(tokens.get(that)).equals("that") && a.contentStart() < first.start()
        && startsClause(tokens, that + 1)) {
      // "found that A, that B, and that C": one claim per "that" clause.
      return new Attribution(a.pattern(), a.cue(), a.kind(), a.negated(), a.speakerStart(),
          a.speakerEnd(), tokens.get(that + 1).start(), unit.end(), first.start(), unit.end(),
          true);
    }
    Optional<Cue> participle = lexicon.lookup(first.word());
    if (participle.isPresent() && first.tag().equals("VBG")
        && (participle.get().kind() != Cue.Kind.NEUTRAL || !participle.get().weak()
            || introducesContent(unit, next + 1))) {
      // "X said A, rejecting claims that B": the same speaker goes on.
      int rest = skipAdverbs(tokens, next + 1);
      int contentFrom = rest;
      if (OBJECT_TAKING.contains(participle.get().lemma())) {
        int[] object = rightPhrase(tokens, rest);
        if (object != null) {
          contentFrom = skipAdverbs(tokens, object[1] + 1);
        }
      }
      if (contentFrom < tokens.size() && (lower(tokens.get(contentFrom)).equals("that")
          || lower(tokens.get(contentFrom)).equals("of"))) {
        contentFrom++;
      }
      contentFrom = pastColonsAndCommas(tokens, contentFrom); // "X said A, adding: “B”"
      if (contentFrom >= tokens.size()) {
        return null;
      }
      return new Attribution(Attribution.Pattern.SUBJECT, first.word(), participle.get().kind(),
          false, a.speakerStart(), a.speakerEnd(), tokens.get(contentFrom).start(), unit.end(),
          first.start(), unit.end(), true);
    }
    // ", a figure he said could only come from a higher tax": a reduced relative clause.
    for (int j = next; j + 2 < tokens.size() && j < next + 6; j++) {
      Token pronoun = tokens.get(j);
      if (j == next && !pronoun.tag().startsWith("W")) {
        continue;
      }
      Optional<Cue> cue = lexicon.lookup(tokens.get(j + 1).word());
      int contentFrom = j + 2;
      boolean quoted = false;
      for (int q = j + 2; q < tokens.size() && q < j + 5; q++) {
        if (unit.inQuote(tokens.get(q).start())) {
          quoted = true;
          contentFrom = q;
          break;
        }
      }
      if (SUBJECT_PRONOUNS.contains(lower(pronoun))
          && (tokens.get(j - 1).isNoun() || tokens.get(j - 1).tag().startsWith("W"))
          && cue.isPresent() && (!cue.get().weak() || quoted) && tokens.get(j + 1).isVerb()
          && !tokens.get(j + 2).isPunctuation()) {
        // ", which it described as “a pay cut”": a weak cue with its quotation
        return new Attribution(Attribution.Pattern.SUBJECT, tokens.get(j + 1).word(),
            cue.get().kind(), false, pronoun.start(), pronoun.end(),
            tokens.get(contentFrom).start(), unit.end(), first.start(), unit.end(), false);
      }
      if (!isNounPhraseWord(pronoun) && !SUBJECT_PRONOUNS.contains(lower(pronoun))
          && !pronoun.tag().startsWith("W")) {
        break;
      }
    }
    return null;
  }

  /** "Brandt's claim that A", "claims by the opposition that A", "his insistence that A". */
  private List<Attribution> nominals(ClaimUnit unit) {
    List<Token> tokens = unit.tokens();
    List<Attribution> found = new ArrayList<>();
    for (int k = 1; k + 2 < tokens.size(); k++) {
      Token noun = tokens.get(k);
      if (!noun.isNoun() || !NOMINAL_NOUNS.contains(lower(noun)) || unit.inQuote(noun.start())) {
        continue;
      }
      int[] speaker = null;
      int n = k + 1;
      if (lower(tokens.get(n)).equals("by")) {
        speaker = rightPhrase(tokens, n + 1);
        if (speaker == null) {
          continue;
        }
        n = speaker[1] + 1;
      }
      if (n + 1 >= tokens.size() || !lower(tokens.get(n)).equals("that")
          || tokens.get(n + 1).isVerb() || tokens.get(n + 1).tag().equals("MD")
          || !startsClause(tokens, n + 1)) {
        continue; // "the claims that emerged": a relative clause, not the claim's content
      }
      if (speaker == null) {
        int j = k - 1;
        while (j > 0 && tokens.get(j).tag().startsWith("JJ")) {
          j--;
        }
        if (tokens.get(j).tag().equals("POS")) {
          speaker = leftPhrase(tokens, j - 1);
        } else if (tokens.get(j).tag().equals("PRP$")) {
          speaker = new int[] {j, j};
        }
      }
      if (speaker == null) {
        continue;
      }
      int contentEnd = clauseEnd(unit, n + 1);
      Cue.Kind kind = ACCUSING_NOUNS.contains(lower(noun)) ? Cue.Kind.ALLEGE
          : lower(noun).startsWith("denial") ? Cue.Kind.DENY : Cue.Kind.NEUTRAL;
      int claimStart = Math.min(tokens.get(speaker[0]).start(), noun.start());
      found.add(new Attribution(Attribution.Pattern.NOMINAL, noun.word(), kind, false,
          tokens.get(speaker[0]).start(), tokens.get(speaker[1]).end(),
          tokens.get(n + 1).start(), contentEnd, claimStart, contentEnd, false));
    }
    return found;
  }

  /**
   * Where a "that" clause starting at {@code from} ends: at punctuation outside quotes, or before
   * the finite verb of the sentence around it ("the claim that X had agreed Y | was false").
   */
  private static int clauseEnd(ClaimUnit unit, int from) {
    List<Token> tokens = unit.tokens();
    boolean verb = false;
    for (int k = from; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      String word = token.word();
      if (!unit.inQuote(token.start()) && (word.equals(",") || word.equals(".")
          || word.equals(";") || word.equals(":") || word.equals("?") || word.equals("!"))) {
        return k > from ? tokens.get(k - 1).end() : token.start();
      }
      String tag = token.tag();
      if (FINITE_TAGS.contains(tag)) {
        String before = k > 0 ? lower(tokens.get(k - 1)) : "";
        if (verb && !Set.of("that", "and", "or", "which", "who", "but", "what").contains(before)) {
          return tokens.get(k - 1).end();
        }
        verb = true;
      }
    }
    return unit.end();
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
      Attribution clear = madeClear(unit, c);
      if (clear != null) {
        return Optional.of(clear);
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
        // "She noted that the court had rejected X": the later cue is part of the content.
        boolean embedded = found.pattern() == Attribution.Pattern.SUBJECT && weakFallback != null
            && weakFallback.pattern() == Attribution.Pattern.SUBJECT;
        return Optional.of(embedded ? weakFallback : found);
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
    Optional<Attribution> participle = participleAfterClause(unit);
    return participle.isPresent() ? participle : hedge(unit);
  }

  private static final Set<String> MAKE = Lexicon.MAKE_FORMS.words();

  /** "The legislation makes clear that A", "she made it clear that A": a two-word cue. */
  private Attribution madeClear(ClaimUnit unit, int c) {
    List<Token> tokens = unit.tokens();
    if (!MAKE.contains(lower(tokens.get(c)))) {
      return null;
    }
    int k = c + 1;
    if (k < tokens.size() && lower(tokens.get(k)).equals("it")) {
      k++;
    }
    if (k + 2 >= tokens.size() || !lower(tokens.get(k)).equals("clear")
        || !lower(tokens.get(k + 1)).equals("that")) {
      return null;
    }
    if (negatedBefore(tokens, c)) {
      return null; // "did not make it clear that": nothing was said
    }
    int[] subject = subject(tokens, c);
    if (subject == null) {
      return null;
    }
    StringBuilder cue = new StringBuilder(tokens.get(c).word());
    for (int w = c + 1; w <= k; w++) {
      cue.append(' ').append(tokens.get(w).word());
    }
    return new Attribution(Attribution.Pattern.SUBJECT, cue.toString(), Cue.Kind.NEUTRAL, false,
        tokens.get(subject[0]).start(), tokens.get(subject[1]).end(),
        tokens.get(k + 2).start(), unit.end());
  }

  /**
   * "The bank cut its rate, saying inflation was falling", "Kestoria expelled a diplomat,
   * accusing him of spying": a cue participle after a clause whose verb reports nothing; the
   * clause's subject speaks, and the claim is the participle's stretch.
   */
  private Optional<Attribution> participleAfterClause(ClaimUnit unit) {
    List<Token> tokens = unit.tokens();
    for (int k = 1; k + 2 < tokens.size(); k++) {
      Token participle = tokens.get(k + 1);
      if (!tokens.get(k).word().equals(",") || !participle.tag().equals("VBG")
          || unit.inQuote(participle.start())) {
        continue;
      }
      Optional<Cue> cue = lexicon.lookup(participle.word());
      if (cue.isEmpty() || cue.get().weak() && !cue.get().lemma().equals("call")
          && !introducesContent(unit, k + 2)) {
        continue;
      }
      int verb = firstFiniteVerb(unit, k);
      if (verb < 0) {
        verb = pastTaggedAsParticiple(unit, k);
      }
      int[] subject = verb < 0 ? null : subject(tokens, verb);
      if (subject == null) {
        return Optional.empty();
      }
      int contentFrom = skipAdverbs(tokens, k + 2);
      if (OBJECT_TAKING.contains(cue.get().lemma()) && !cue.get().lemma().equals("accuse")) {
        int[] object = rightPhrase(tokens, contentFrom);
        if (object != null) {
          contentFrom = skipAdverbs(tokens, object[1] + 1);
        }
      }
      if (contentFrom < tokens.size() && lower(tokens.get(contentFrom)).equals("that")) {
        contentFrom++;
      }
      contentFrom = pastColonsAndCommas(tokens, contentFrom); // ", adding: “...”"
      if (contentFrom >= tokens.size() || tokens.get(contentFrom).isPunctuation()
          && !unit.inQuote(tokens.get(contentFrom).start())
          || cue.get().lemma().equals("call") && !unit.inQuote(tokens.get(contentFrom).start())) {
        return Optional.empty();
      }
      return Optional.of(new Attribution(Attribution.Pattern.SUBJECT, participle.word(),
          cue.get().kind(), false, tokens.get(subject[0]).start(), tokens.get(subject[1]).end(),
          tokens.get(contentFrom).start(), unit.end(), participle.start(), unit.end(), false));
    }
    return Optional.empty();
  }

  /** "adding:", "noting that", "adding, “...”": a weak cue's content follows explicitly. */
  private static boolean introducesContent(ClaimUnit unit, int k) {
    List<Token> tokens = unit.tokens();
    if (k < tokens.size() && tokens.get(k).word().equals(",")) {
      k++;
    }
    if (k + 1 >= tokens.size()) {
      return false;
    }
    String word = lower(tokens.get(k));
    return word.equals(":") || word.equals("that") && startsClause(tokens, k + 1)
        || unit.inQuote(tokens.get(k).start()) || unit.inQuote(tokens.get(k + 1).start());
  }

  /**
   * "Mr Grayling earlier used his speech to ...": a past tense tagged as a participle right after
   * the sentence's opening noun phrase, with no auxiliary before it; -1 when there is none.
   */
  private static int pastTaggedAsParticiple(ClaimUnit unit, int end) {
    List<Token> tokens = unit.tokens();
    for (int k = 1; k < end; k++) {
      Token token = tokens.get(k);
      if (token.isVerb() || token.isPunctuation()) {
        if (!token.tag().equals("VBN") || unit.inQuote(token.start())) {
          return -1;
        }
        int before = k - 1;
        while (before > 0 && isAdverb(tokens.get(before))) {
          before--;
        }
        int[] phrase = tokens.get(before).isProperNoun() ? leftPhrase(tokens, before) : null;
        return phrase != null && phrase[0] == 0 ? k : -1;
      }
    }
    return -1;
  }

  /** The first finite verb outside quotations before {@code end}, or -1. */
  private static int firstFiniteVerb(ClaimUnit unit, int end) {
    List<Token> tokens = unit.tokens();
    for (int k = 1; k < end; k++) {
      String tag = tokens.get(k).tag();
      if ((tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))
          && !unit.inQuote(tokens.get(k).start())) {
        return k;
      }
    }
    return -1;
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
    if (cue.lemma().equals("tell") && c + 1 < tokens.size()
        && lower(tokens.get(c + 1)).equals("to")) {
      return null; // "and told to read out notes": an instruction received, nothing said
    }
    if (c > 0 && c + 1 < tokens.size() && cue.kind() != Cue.Kind.ALLEGE
        && Set.of("DT", "POS", "PRP$").contains(tokens.get(c - 1).tag())
        && tokens.get(c + 1).isNoun()) {
      return null; // "the state's confirmed caseload": a participle used as an adjective
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
    if (verb && tag.equals("VBG") && !(c > 0 && precededByBe(tokens, c))) { // "is now warning"
      return participle(unit, c, cue, negated);
    }
    boolean finite = !verb || !(tag.equals("VB") || tag.equals("VBN"))
        || auxiliaryBefore(tokens, c, tag.equals("VB") ? MODALS_AND_DO : HAVE)
        // "The Alliance, an advocacy group, accused": a past tense tagged as a participle after
        // the appositive closes
        || tag.equals("VBN") && c > 1 && tokens.get(c - 1).word().equals(",")
            && subject(tokens, c) != null && !lower(tokens.get(c - 2)).equals("who")
        // "The governor called for calm.": a past tense tagged as a participle, with no main
        // verb of its own after it
        || tag.equals("VBN") && cue.kind() == Cue.Kind.NEUTRAL && subject(tokens, c) != null
            && opensClause(tokens, subject(tokens, c)[0]) && subject(tokens, c)[1] == c - 1
            && !mainVerbAfter(tokens, c)
        // "Governor Ana Ruiz on Thursday called": the same, after a time phrase
        || tag.equals("VBN") && c > 1 && TIME_WORDS.contains(lower(tokens.get(c - 1)))
            && !auxiliaryBefore(tokens, c, HAVE) && !precededByBe(tokens, c)
        // "welcomed the ruling and called for": the same, after "and" or "but"
        || tag.equals("VBN") && cue.kind() == Cue.Kind.NEUTRAL && c > 0
            && Set.of("and", "but").contains(lower(tokens.get(c - 1)));
    if (verb && c + 1 < tokens.size() && c > 0 && boundary(unit, tokens.get(c - 1))
        && !cue.lemma().equals("tell") // "..., told the Eastern Post" names the hearer
        && !cue.lemma().equals("call")) { // "..., called the plan “obscene”" names the object
      int[] np = rightPhrase(tokens, c + 1);
      if (np != null && (clauseEndsAfter(tokens, np[1]) || modifiedByParticiple(tokens, np))
          && hasClause(unit, c - 1)) {
        np = withoutSetting(tokens, withAppositiveName(tokens, np));
        int contentEnd = tokens.get(firstOfPunctuationRun(tokens, c - 1)).start();
        return new Attribution(Attribution.Pattern.INVERTED, token.word(), cue.kind(), negated,
            tokens.get(np[0]).start(), tokens.get(np[1]).end(), unit.start(), contentEnd);
      }
    }
    int[] subject = subject(tokens, c);
    if (subject == null) {
      return null;
    }
    int rest = skipTimePhrase(unit, skipAdverbs(tokens, c + 1));
    if (rest + 3 < tokens.size() && tokens.get(rest).word().equals(",")
        && isAdverb(tokens.get(rest + 1)) && tokens.get(rest + 2).word().equals(",")
        && lower(tokens.get(rest + 3)).equals("that")) {
      rest += 3; // "cautioned, however, that"
    }
    if (rest + 1 < tokens.size() && tokens.get(rest).word().equals(",")
        && unit.inQuote(tokens.get(rest + 1).start())
        && (!hasClause(unit, subject[0]) || lower(tokens.get(0)).equals("asked")
            || subject[0] > 0 && lower(tokens.get(subject[0] - 1)).equals("as"))) {
      // "Varga said, “We will pay.”", "Asked why, Varga said, “...”", "..., as Varga said, “...”":
      // the comma introduces the
      // quotation; the question put to the speaker is no claim of theirs
      rest++;
    }
    boolean opensComplement = rest < tokens.size()
        && (lower(tokens.get(rest)).equals("that") || tokens.get(rest).word().equals(":")
            || unit.inQuote(tokens.get(rest).start()));
    boolean afterBoundary = subject[0] > 0 && boundary(unit, tokens.get(subject[0] - 1));
    if (!opensComplement && afterBoundary && subject[0] > 1
        && tokens.get(subject[0] - 1).word().equals(",") && !hasClause(unit, subject[0] - 1)) {
      int after = parentheticalEnd(tokens, c + 1);
      if (after > 0) {
        // "The late ballots, she said, had been set aside": the content surrounds the cue.
        return new Attribution(Attribution.Pattern.PARENTHETICAL, token.word(), cue.kind(),
            negated, tokens.get(subject[0]).start(), tokens.get(subject[1]).end(), unit.start(),
            unit.end());
      }
    }
    // After a quotation, adverbials may run long: "..." Okoye told supporters at a rally in X.
    int tail = afterBoundary && unit.inQuote(tokens.get(Math.max(0, subject[0] - 2)).start())
        ? 20 : 6;
    // "..., the government has informed the ministry of the arrest": a cue that needs both a
    // hearer and a content never ends a sentence as its attribution.
    boolean trailingCue = !HEARER_REQUIRED.contains(cue.lemma());
    if (!opensComplement && afterBoundary && trailingCue && shortTail(tokens, c + 1, tail)
        && hasClause(unit, subject[0] - 1)) {
      int contentEnd = tokens.get(firstOfPunctuationRun(tokens, subject[0] - 1)).start();
      return new Attribution(Attribution.Pattern.TRAILING, token.word(), cue.kind(), negated,
          tokens.get(subject[0]).start(), tokens.get(subject[1]).end(), unit.start(),
          contentEnd);
    }
    if (verb && !finite && tag.equals("VB") && subject[1] == c - 1
        && pluralHead(tokens, subject)) {
      finite = true; // "Critics of the authority say": a present tense tagged as a base form
    }
    if (!verb || !finite) {
      // "states" tagged as a noun, "sequences reported from", "listened to Ann tell": only in
      // trailing position.
      return null;
    }
    int contentFrom = rest;
    int objectStart = opensComplement ? -1 : objectComplement(unit, cue, rest);
    if (objectStart >= 0) {
      // "urged both sides to keep talking", "called for an inquiry", "vowed to appeal": the
      // object is the content.
      return new Attribution(Attribution.Pattern.SUBJECT, token.word(), cue.kind(), negated,
          tokens.get(subject[0]).start(), tokens.get(subject[1]).end(),
          tokens.get(objectStart).start(), unit.end());
    }
    if (cue.lemma().equals("accuse") && !opensComplement && accusedObject(tokens, rest)) {
      // "accused the minister of hiding X": the accused and the accusation are the content.
      return new Attribution(Attribution.Pattern.SUBJECT, token.word(), cue.kind(), negated,
          tokens.get(subject[0]).start(), tokens.get(subject[1]).end(),
          tokens.get(rest).start(), unit.end());
    }
    if (OBJECT_TAKING.contains(cue.lemma()) && !opensComplement) {
      int[] object = rightPhrase(tokens, rest);
      if (object != null && !subjectOfClause(tokens, object)) {
        contentFrom = skipAdverbs(tokens, object[1] + 1);
      }
    }
    if (OBJECT_TAKING.contains(cue.lemma()) && contentFrom < tokens.size()
        && tokens.get(contentFrom).word().equals(",")) {
      // "told Dominic Ferris, the chairman of Westfold Estates, that": past the appositive
      for (int k = contentFrom + 1; k + 1 < tokens.size() && k < contentFrom + 14; k++) {
        if (tokens.get(k).word().equals(",")) {
          if (lower(tokens.get(k + 1)).equals("that")) {
            contentFrom = k + 1;
            opensComplement = true;
          }
          break;
        }
      }
    }
    int afterPhrases = skipPrepositionalPhrases(tokens, contentFrom);
    if (afterPhrases > contentFrom && afterPhrases < tokens.size()
        && lower(tokens.get(afterPhrases)).equals("that")) {
      // "argued in the filing that", "told reporters on Tuesday that"
      contentFrom = afterPhrases;
      opensComplement = true;
    }
    if (contentFrom < tokens.size() && lower(tokens.get(contentFrom)).equals("that")) {
      contentFrom++;
    }
    if (contentFrom < tokens.size() && QUESTION_WORDS.contains(lower(tokens.get(contentFrom)))
        && (YES_NO_QUESTION_WORDS.contains(lower(tokens.get(contentFrom)))
            || REPORTING_ONLY.contains(cue.lemma()) && !tellsHow(tokens, cue, contentFrom))) {
      return null; // "would not say whether", "did not say how many": nothing claimed
    }
    if (contentFrom >= tokens.size() || !acceptsComplement(unit, cue, contentFrom,
        opensComplement)) {
      return null;
    }
    if (contentFrom + 1 < tokens.size() && tokens.get(contentFrom).word().equals(",")
        && lower(tokens.get(contentFrom - 1)).equals("that")) {
      contentFrom++; // "grumbling that, had they known, they might have": a fronted clause
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

  /** "told the jury how his daughter had been": a story told, with its own clause. */
  private static boolean tellsHow(List<Token> tokens, Cue cue, int how) {
    return TELLS_HOW.contains(cue.lemma()) && lower(tokens.get(how)).equals("how")
        && startsClause(tokens, how + 1);
  }

  /**
   * Where the content of a cue that takes an object starts, or -1: "urged [X to do Y]", "called
   * for [Y]", "called on [X to do Y]", "vowed/promised/pledged [to do Y]", "predicted [Y]".
   */
  private static int objectComplement(ClaimUnit unit, Cue cue, int from) {
    List<Token> tokens = unit.tokens();
    if (from + 1 >= tokens.size() || tokens.get(from).isPunctuation()) {
      return -1;
    }
    String first = lower(tokens.get(from));
    switch (cue.lemma()) {
      case "call":
        // "called for calm", "called for “calm at this time”"; "called on lawmakers" with "on"
        // tagged as a particle and already skipped
        boolean particle = from > 0 && tokens.get(from - 1).tag().equals("RP")
            && Set.of("for", "on").contains(lower(tokens.get(from - 1)));
        int content = particle ? from : from + 1;
        int object = content + (isOpeningQuote(tokens.get(content).word()) ? 1 : 0);
        return (particle || first.equals("for") || first.equals("on")) && object < tokens.size()
            && isNounPhraseWord(tokens.get(object))
            && !TIME_WORDS.contains(lower(tokens.get(object))) ? content : -1; // "called on Monday"
      case "vow", "pledge", "promise":
        return first.equals("to") && tokens.get(from + 1).tag().equals("VB") ? from : -1;
      case "urge":
        int[] np = rightPhrase(tokens, from);
        return np != null ? from : -1;
      case "predict":
        return rightPhrase(tokens, from) != null ? from : -1;
      default:
        return -1;
    }
  }

  /** Nouns for what a party says, which a denial can take as its object. */
  private static final Set<String> CLAIM_NOUNS = Lexicon.CLAIM_NOUNS.words();

  /** "the criticism", "that account", "Ms Salo's claim": a phrase headed by a claim noun. */
  private static boolean claimNounObject(List<Token> tokens, int from) {
    int[] np = rightPhrase(tokens, from);
    if (np == null) {
      return false;
    }
    for (int k = np[0]; k <= np[1]; k++) {
      if (CLAIM_NOUNS.contains(lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /** "accused Gideon Marsh, the former chief executive, of running": an object, then "of". */
  private static boolean accusedObject(List<Token> tokens, int from) {
    int[] np = rightPhrase(tokens, from);
    if (np == null) {
      return false;
    }
    for (int k = np[1] + 1; k < tokens.size() && k < np[1] + 16; k++) {
      String word = lower(tokens.get(k));
      if (word.equals("of")) {
        return true;
      }
      if (word.equals(".") || word.equals(";") || tokens.get(k).isVerb()) {
        return false;
      }
    }
    return false;
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
      if (tokens.get(k).isVerb() || contractedVerb(tokens, k)) {
        verbInClause = true;
        break;
      }
    }
    if (opensComplement || quoteSoon) {
      return true;
    }
    if (cue.kind() == Cue.Kind.DENY && claimNounObject(tokens, from)) {
      return true; // "dismissed the criticism", "disputed that account"
    }
    if (cue.weak()) {
      // "revealed the plan" has an object, "records revealed her website had been registered"
      // a clause
      return (!OBJECT_CUES.contains(cue.lemma()) || CLAUSE_OR_OBJECT.contains(cue.lemma()))
          && startsClause(tokens, from);
    }
    return cue.kind() == Cue.Kind.DENY || cue.lemma().equals("accuse") || verbInClause;
  }

  /**
   * "warned they had the votes", "warned the company would fail": the phrase after a cue that
   * takes an object is the subject of its clause when a subject pronoun or a finite verb says so.
   */
  private static boolean subjectOfClause(List<Token> tokens, int[] phrase) {
    if (phrase[0] == phrase[1] && SUBJECT_FORMS.contains(lower(tokens.get(phrase[0])))) {
      return true;
    }
    int next = skipAdverbs(tokens, phrase[1] + 1);
    if (next >= tokens.size()) {
      return false;
    }
    String tag = tokens.get(next).tag();
    return FINITE_TAGS.contains(tag);
  }

  private static final Set<String> TIME_WORDS = Lexicon.TIME_WORDS.words();
  private static final Set<String> WEEKDAYS = Lexicon.WEEKDAYS.words();
  private static final Set<String> TIME_DETERMINERS = Lexicon.TIME_DETERMINERS.words();

  /**
   * Where a time phrase ending at {@code k} starts, minus one ("officials this week said",
   * "Smith on Tuesday said"); {@code k} itself when there is none.
   */
  private static int beforeTimePhrase(List<Token> tokens, int k) {
    if (k < 1 || !TIME_WORDS.contains(lower(tokens.get(k)))) {
      return k;
    }
    String word = tokens.get(k).word();
    if (Character.isUpperCase(word.charAt(0)) && !WEEKDAYS.contains(lower(tokens.get(k)))
        && tokens.get(k - 1).isProperNoun()) {
      return k; // "USA Today said", "Good Morning America": a capitalised time word ends a name
    }
    int start = k;
    if (TIME_DETERMINERS.contains(lower(tokens.get(k - 1)))) {
      start = k - 1;
    }
    int before = start - 1;
    return before >= 0 && (tokens.get(before).isNoun() || tokens.get(before).tag().equals("PRP"))
        ? before : k;
  }

  /**
   * After a cue, past a time phrase before its content: "announced last Thursday that",
   * "said Tuesday the plan". A time word that begins the content ("said Monday's vote") stays.
   */
  private static int skipTimePhrase(ClaimUnit unit, int from) {
    List<Token> tokens = unit.tokens();
    int k = from;
    if (k < tokens.size() && TIME_DETERMINERS.contains(lower(tokens.get(k)))
        && !lower(tokens.get(k)).equals("on") && !lower(tokens.get(k)).equals("that")) {
      k++;
    }
    if (k >= tokens.size() || !TIME_WORDS.contains(lower(tokens.get(k)))) {
      return from;
    }
    int after = k + 1;
    if (after >= tokens.size()) {
      return from;
    }
    Token next = tokens.get(after);
    boolean opens = lower(next).equals("that") || next.word().equals(":")
        || unit.inQuote(next.start()) || startsClause(tokens, after);
    return opens ? after : from;
  }

  /** Prepositional phrases after the cue: "in a statement", "on Tuesday", "to reporters". */
  private static int skipPrepositionalPhrases(List<Token> tokens, int from) {
    int k = from;
    for (int phrase = 0; phrase < 3 && k < tokens.size(); phrase++) {
      Token token = tokens.get(k);
      boolean preposition = token.tag().equals("IN") && !lower(token).equals("that")
          || token.tag().equals("TO");
      if (!preposition) {
        break;
      }
      int end = k + 1;
      while (end < tokens.size() && end < k + 8 && isNounPhraseWord(tokens.get(end))) {
        end++;
      }
      if (end == k + 1) {
        break;
      }
      k = end;
    }
    return k;
  }

  /** "Critics of the authority": the phrase's head, before any preposition, is plural. */
  private static boolean pluralHead(List<Token> tokens, int[] phrase) {
    String head = "";
    for (int k = phrase[0]; k <= phrase[1]; k++) {
      Token token = tokens.get(k);
      if (token.tag().equals("IN")) {
        break;
      }
      if (token.isNoun()) {
        head = token.tag();
      }
    }
    return head.equals("NNS") || head.equals("NNPS");
  }

  /** A short subject and a finite verb: "the recall would", "it had", "fuel sales fell". */
  private static boolean startsClause(List<Token> tokens, int from) {
    int k = from;
    if (k < tokens.size() && (tokens.get(k).tag().equals("PRP")
        || DEMONSTRATIVES.contains(lower(tokens.get(k))) && k + 1 < tokens.size()
            && tokens.get(k + 1).tag().startsWith("VB"))) {
      k++; // "it had", "this appears"
    } else {
      if (k + 1 < tokens.size() && lower(tokens.get(k)).equals("at")
          && Set.of("least", "most").contains(lower(tokens.get(k + 1)))) {
        k += 2; // "at least five protesters were"
      }
      boolean noun = false;
      while (k < tokens.size() && k < from + 9 && (isNounPhraseWord(tokens.get(k))
          || noun && NP_PREPOSITIONS.contains(lower(tokens.get(k))) && k + 1 < tokens.size()
              && isNounPhraseWord(tokens.get(k + 1)))) {
        // "the true number of discharges was"
        noun |= tokens.get(k).isNoun();
        k++;
      }
      if (!noun) {
        return false;
      }
    }
    while (k < tokens.size() && isAdverb(tokens.get(k))) {
      k++;
    }
    if (k >= tokens.size()) {
      return false;
    }
    String tag = tokens.get(k).tag();
    return FINITE_TAGS.contains(tag)
        || contractedVerb(tokens, k);
  }

  private static final Set<String> DEMONSTRATIVES = Lexicon.DEMONSTRATIVES.words();
  private static final Set<String> CONTRACTIONS = Lexicon.VERB_CONTRACTIONS.words();

  /** "he’s thankful": a contracted verb after a pronoun, whatever the tagger made of it. */
  private static boolean contractedVerb(List<Token> tokens, int k) {
    return k > 0 && CONTRACTIONS.contains(lower(tokens.get(k)))
        && tokens.get(k - 1).tag().equals("PRP");
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
    if (cue.lemma().equals("understand") && !lower(tokens.get(next)).equals("that")) {
      return null; // "officials are understood to have warned": the warning is the claim
    }
    int speakerStart = -1;
    int speakerEnd = -1;
    int contentStart = unit.start();
    if (cue.kind() != Cue.Kind.ALLEGE) {
      // "is said to have", "are reported to be", "it was reported that": the hedge stands for
      // the source, and the content starts after it.
      int from = c;
      while (from > 0 && (BE.contains(lower(tokens.get(from - 1)))
          || isAdverb(tokens.get(from - 1)))) {
        from--;
      }
      speakerStart = tokens.get(from).start();
      speakerEnd = tokens.get(next).end();
      if (lower(tokens.get(next)).equals("to")) {
        contentStart = tokens.get(next).start();
      } else if (next + 1 < tokens.size()) {
        contentStart = tokens.get(next + 1).start();
      }
    }
    if (next < tokens.size() && lower(tokens.get(next)).equals("by")) {
      int[] np = rightPhrase(tokens, next + 1);
      if (np != null) {
        speakerStart = tokens.get(np[0]).start();
        speakerEnd = tokens.get(np[1]).end();
      }
    }
    return new Attribution(Attribution.Pattern.PASSIVE, tokens.get(c).word(), cue.kind(),
        negated, speakerStart, speakerEnd, contentStart, unit.end());
  }

  /** "a lawsuit ... accusing X of Y": the nearest document before the cue is the speaker. */
  private Attribution participle(ClaimUnit unit, int c, Cue cue, boolean negated) {
    List<Token> tokens = unit.tokens();
    boolean that = c + 1 < tokens.size() && lower(tokens.get(c + 1)).equals("that");
    if (cue.weak() && !that) {
      return null; // "figures showing that A" reports A, "figures showing a rise" not a claim
    }
    // A weak cue's document stands right before it: "data showing that". A cue opening the
    // unit ("Noting that A, Malaska asked") has nothing before it.
    int nearest = cue.weak() ? Math.max(0, c - 1) : 0;
    for (int k = c - 1; k >= nearest; k--) {
      Token candidate = tokens.get(k);
      if (candidate.isNoun() && SourceNouns.isIn(SourceNouns.DOCUMENTS, candidate.word())
          && !unit.inQuote(candidate.start())) {
        int from = k;
        while (from > 0 && isModifier(tokens.get(from - 1))) {
          from--;
        }
        int contentFrom = Math.min(that ? c + 2 : c + 1, tokens.size() - 1);
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

  /** Past the colons and commas between a cue and its content, keeping the last token. */
  private static int pastColonsAndCommas(List<Token> tokens, int from) {
    int k = from;
    while (k + 1 < tokens.size()
        && (tokens.get(k).word().equals(":") || tokens.get(k).word().equals(","))) {
      k++;
    }
    return k;
  }

  /** The subject of the verb at {@code verb}, or null; for sentences without a cue. */
  int[] subjectOf(List<Token> tokens, int verb) {
    return subject(tokens, verb);
  }

  /** The subject before the cue: "the lawsuit", "Facebook's parent company, Meta,". */
  private static int[] subject(List<Token> tokens, int c) {
    return subject(tokens, c, 0);
  }

  /**
   * {@code depth} counts the coordinated verbs already followed back ("X called ... and said"):
   * a run-on text of "and found that ... and found that ..." must not recurse without end.
   */
  private static int[] subject(List<Token> tokens, int c, int depth) {
    if (depth > MAX_COORDINATED_VERBS) {
      return null;
    }
    int k = c - 1;
    while (k >= 0 && (AUXILIARIES.contains(lower(tokens.get(k)))
        || NEGATIONS.contains(lower(tokens.get(k))) || isAdverb(tokens.get(k)))) {
      k--;
    }
    if (k > 2 && tokens.get(k).word().equals(",") && isAdverb(tokens.get(k - 1))
        && tokens.get(k - 2).word().equals(",")) {
      k -= 3; // "The department, however, said"
    }
    if (k > 0 && EMPHATIC_REFLEXIVES.contains(lower(tokens.get(k)))
        && tokens.get(k - 1).isNoun()) {
      k--; // "Montoya-Lewis herself said": the reflexive only stresses the name
    }
    if (k > 2 && lower(tokens.get(k)).equals("to") && lower(tokens.get(k - 1)).equals("understood")
        && BE.contains(lower(tokens.get(k - 2)))) {
      // "Treasury officials are understood to have warned": the officials warned
      k -= 3;
      while (k >= 0 && isAdverb(tokens.get(k))) {
        k--;
      }
      if (k < 0) {
        return null;
      }
    }
    // "health officials this week said", "the minister on Tuesday said"
    k = beforeTimePhrase(tokens, k);
    if (k > 2 && tokens.get(k).word().equals(")")) {
      // "the Employers' Association (UCEA) said": past an acronym in brackets
      for (int open = k - 1; open > 0 && open > k - 6; open--) {
        if (tokens.get(open).word().equals("(")) {
          k = open - 1;
          break;
        }
      }
    }
    if (k < 0) {
      return null;
    }
    Token end = tokens.get(k);
    if (lower(end).equals("and") || lower(end).equals("but")) {
      // "The ministry called the charge baseless and said B", "welcomed the fine but said B":
      // the first verb's subject.
      for (int v = k - 1; v > 0 && v > k - 20; v--) {
        Token verb = tokens.get(v);
        String word = verb.word();
        if (word.equals(".") || word.equals(";") || lower(verb).equals("that")) {
          return null;
        }
        if (verb.tag().equals("VBD") || verb.tag().equals("VBZ")) {
          // "A review found that the tender had followed the rules but noted B": a verb inside
          // a "that" clause is not the one coordinated with the cue.
          for (int t = v - 1; t > 0 && t > v - 40; t--) {
            String before = lower(tokens.get(t));
            if (before.equals(".") || before.equals(";")) {
              break;
            }
            if (before.equals("that")) {
              for (int u = t - 1; u > 0 && u > t - 40; u--) {
                String tag = tokens.get(u).tag();
                if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) {
                  return subject(tokens, u, depth + 1);
                }
              }
              break;
            }
          }
          return subject(tokens, v, depth + 1);
        }
      }
      return null;
    }
    if (end.word().equals(",")) {
      return appositiveSubject(tokens, k);
    }
    int[] relative = relativeClauseSubject(tokens, k);
    if (relative != null) {
      return relative;
    }
    if (end.tag().startsWith("W")) {
      // "Elon Musk, who said": the relative pronoun stands for the phrase before it.
      int before = k - 1;
      if (before >= 0 && tokens.get(before).word().equals(",")) {
        before--;
      }
      return leftPhrase(tokens, before);
    }
    return withoutOpeningTime(tokens, coordinated(tokens, leftPhrase(tokens, k)));
  }

  /**
   * "Black voters, campaign organizers and veteran volunteers said": the whole coordination
   * speaks, as far back as an element that opens the clause.
   */
  private static int[] coordinated(List<Token> tokens, int[] phrase) {
    if (phrase == null) {
      return null;
    }
    int k = phrase[0] - 1;
    while (k > 0 && (tokens.get(k).tag().startsWith("JJ") || tokens.get(k).tag().equals("VBN"))) {
      k--; // "and retired teachers"
    }
    if (k < 1 || !Set.of("and", "or").contains(lower(tokens.get(k)))) {
      return phrase;
    }
    int[] best = phrase;
    int j = tokens.get(k - 1).word().equals(",") ? k - 2 : k - 1;
    while (j >= 0) {
      int[] element = leftPhrase(tokens, j);
      if (element == null) {
        break;
      }
      if (opensClause(tokens, element[0])) {
        best = new int[] {element[0], phrase[1]};
      }
      if (element[0] < 2 || !tokens.get(element[0] - 1).word().equals(",")) {
        break;
      }
      j = element[0] - 2;
    }
    return best;
  }

  /** "This week SDK announced": the time phrase that opens the sentence is no speaker. */
  private static int[] withoutOpeningTime(List<Token> tokens, int[] phrase) {
    if (phrase != null && phrase[1] - phrase[0] >= 2
        && TIME_DETERMINERS.contains(lower(tokens.get(phrase[0])))
        && TIME_WORDS.contains(lower(tokens.get(phrase[0] + 1)))) {
      return new int[] {phrase[0] + 2, phrase[1]};
    }
    return phrase;
  }

  /**
   * "A diplomat from a third country who attended some of the sessions said": the phrase before
   * "who" when the relative clause ends at the cue and the phrase starts the sentence.
   */
  private static int[] relativeClauseSubject(List<Token> tokens, int end) {
    for (int w = end; w > 1 && w > end - 15; w--) {
      Token token = tokens.get(w);
      if (token.isPunctuation()) {
        return null;
      }
      if (lower(token).equals("who") || lower(token).equals("whose")) {
        int[] named = leftPhrase(tokens, w - 1);
        return named != null && opensClause(tokens, named[0])
            ? named : null;
      }
    }
    return null;
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
      boolean finite = tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")
          || tag.equals("MD");
      // The first word of "filed in ... by ..." is often tagged as a past tense, and so is an
      // adjectival participle: "retired nurse".
      boolean adjectival = tag.equals("VBD") && (opening > 0
          && tokens.get(opening - 1).word().equals(",")
          || opening + 1 < tokens.size() && tokens.get(opening + 1).isNoun());
      finiteVerb |= finite && !adjectival;
      if (closingComma - opening > 35) {
        return null;
      }
      opening--;
    }
    if (opening <= 0 || opening == closingComma - 1) {
      return null;
    }
    Token appositiveStart = tokens.get(opening + 1);
    boolean relativeClause = appositiveStart.tag().startsWith("W"); // "Smith, who ..., said"
    // "The lawsuit, filed in X by Y, alleges", "Aldana, speaking to reporters, insisted".
    boolean participial = !finiteVerb && (appositiveStart.tag().equals("VBN")
        || appositiveStart.tag().equals("VBG") || appositiveStart.tag().equals("VBD"));
    if (relativeClause || participial) {
      int[] named = leftPhrase(tokens, opening - 1);
      if (named != null && named[0] > 1 && tokens.get(named[0] - 1).word().equals(",")) {
        // "Chi Okafor, the MP for Eastfield, who backs the plan, said": the name before the
        // description speaks.
        int[] name = leftPhrase(tokens, named[0] - 2);
        if (name != null && tokens.get(name[1]).isProperNoun()
            && (name[0] == 0 || isBoundary(tokens.get(name[0] - 1)))) {
          return name;
        }
      }
      return named == null || !opensClause(tokens, named[0]) ? null
          : named;
    }
    // "a nonprofit that tracks public spending": a verb in a relative clause of the appositive
    boolean mainVerb = false;
    boolean relative = false;
    for (int k = opening + 1; k < closingComma; k++) {
      Token token = tokens.get(k);
      relative |= token.tag().startsWith("W") || lower(token).equals("that");
      String tag = token.tag();
      mainVerb |= !relative && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")
          || tag.equals("MD"));
    }
    if (mainVerb || closingComma - opening > 20
        || !isNounPhraseWord(appositiveStart) && !appositiveStart.tag().equals("PRP$")) {
      return null;
    }
    int[] first = leftPhrase(tokens, opening - 1);
    if (first == null || !opensClause(tokens, first[0])) {
      // "One of them, Greyline Homes, said": the name between the commas speaks.
      boolean name = true;
      for (int k = opening + 1; k < closingComma; k++) {
        name &= tokens.get(k).isProperNoun();
      }
      return name ? new int[] {opening + 1, closingComma - 1} : null;
    }
    if (tokens.get(first[1]).isProperNoun()) {
      return first;
    }
    int[] second = leftPhrase(tokens, closingComma - 1);
    return second == null ? null : new int[] {first[0], closingComma - 1};
  }

  /**
   * "said lawyer Jim Dunham in an interview with the Globe": where and how a named person spoke
   * is no part of the speaker.
   */
  private static int[] withoutSetting(List<Token> tokens, int[] np) {
    for (int k = np[0] + 1; k < np[1]; k++) {
      if (Set.of("in", "at", "on", "with", "during").contains(lower(tokens.get(k)))
          && "PERSON".equals(tokens.get(k - 1).ner())) {
        return new int[] {np[0], k - 1};
      }
    }
    return np;
  }

  /** "Brenlow's chief executive, Sofia Andrade": a description runs on over the name after it. */
  private static int[] withAppositiveName(List<Token> tokens, int[] np) {
    int comma = np[1] + 1;
    if (comma + 1 >= tokens.size() || !tokens.get(comma).word().equals(",")
        || tokens.get(np[0]).isProperNoun() && tokens.get(np[1]).isProperNoun()) {
      return np;
    }
    int k = comma + 1;
    while (k < tokens.size() && tokens.get(k).isProperNoun() && tokens.get(k).isCapitalized()) {
      k++;
    }
    boolean ends = k >= tokens.size() || tokens.get(k).isPunctuation();
    return k > comma + 1 && ends && "PERSON".equals(tokens.get(k - 1).ner())
        ? new int[] {np[0], k - 1} : np;
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
    int head = end;
    while (start > 0) {
      Token previous = tokens.get(start - 1);
      if (spacedDash(tokens, start - 1)) {
        break; // "DORVAN, Kestoria - Kestoria's National Assembly": a dateline's dash
      }
      if (isNounPhraseWord(previous) || hyphenatedModifier(tokens, start - 1)
          || pluralPossessive(tokens, start - 1)
          || (NP_PREPOSITIONS.contains(lower(previous)) || lower(previous).equals("on"))
              && start - 2 >= 0 && tokens.get(start - 2).isNoun()
          || lower(previous).equals("to") && start - 2 >= 0
              && SourceNouns.isIn(SourceNouns.ADVISERS, tokens.get(start - 2).word())
          || POSTMODIFIER_PREPOSITIONS.contains(lower(previous)) && start - 3 >= 0
              && (tokens.get(start - 2).tag().startsWith("JJ")
                  || tokens.get(start - 2).tag().equals("VBN"))
              && tokens.get(start - 3).isNoun()
          || lower(previous).equals("and") && start - 2 >= 0
              && (tokens.get(start - 2).isProperNoun() || tokens.get(start - 2).isNoun()
                  && tokens.get(start - 2).isCapitalized())
              && tokens.get(start).isProperNoun()) {
        if (circumstance(tokens, start - 1)) {
          head = start - 2; // "the court in its ruling": the phrase after the noun is no name
        }
        start--;
      } else {
        break;
      }
    }
    return new int[] {start, Math.max(start, head)};
  }

  /** A dash with a space beside it separates phrases; a hyphen joins words. */
  private static boolean spacedDash(List<Token> tokens, int k) {
    Token token = tokens.get(k);
    if (!Set.of("-", "–", "—", "--").contains(token.word())) {
      return false;
    }
    boolean spaceBefore = k > 0 && tokens.get(k - 1).end() < token.start();
    boolean spaceAfter = k + 1 < tokens.size() && token.end() < tokens.get(k + 1).start();
    return spaceBefore || spaceAfter;
  }

  /**
   * "the court in its ruling", "Pitt of his role": a preposition before a possessive pronoun
   * opens a circumstance, not part of a name; "a member of his staff" keeps its "of".
   */
  private static boolean circumstance(List<Token> tokens, int k) {
    if (k < 1 || k + 1 >= tokens.size() || !tokens.get(k + 1).tag().equals("PRP$")) {
      return false;
    }
    String preposition = lower(tokens.get(k));
    return Set.of("in", "on", "at", "during").contains(preposition)
        || Set.of("of", "for").contains(preposition) && tokens.get(k - 1).isProperNoun();
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
      if (spacedDash(tokens, k) || circumstance(tokens, k)) {
        break;
      }
      if (isNounPhraseWord(token) || hyphenatedModifier(tokens, k)
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

  /** "the Employers’ Association": an apostrophe after a plural, tagged as a closing quote. */
  private static boolean pluralPossessive(List<Token> tokens, int k) {
    String word = tokens.get(k).word();
    return k > 0 && (word.equals("’") || word.equals("'")) && tokens.get(k - 1).isNoun()
        && lower(tokens.get(k - 1)).endsWith("s") && k + 1 < tokens.size()
        && tokens.get(k + 1).isNoun() && tokens.get(k + 1).start() == tokens.get(k).end() + 1;
  }

  /** "Maryland-based", "state-owned": a participle after a hyphen modifies the noun after it. */
  private static boolean hyphenatedModifier(List<Token> tokens, int k) {
    return k > 0 && k + 1 < tokens.size() && tokens.get(k).isVerb()
        && (tokens.get(k - 1).tag().equals("HYPH") || tokens.get(k - 1).word().equals("-"))
        && isNounPhraseWord(tokens.get(k + 1));
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

  /** "noted that", "added:", "said “...": the cue introduces its content explicitly. */
  private static boolean explicitComplement(ClaimUnit unit, Attribution found) {
    List<Token> tokens = unit.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).start() >= found.contentStart()) {
        if (unit.inQuote(tokens.get(k).start())) {
          return true;
        }
        String before = k > 0 ? lower(tokens.get(k - 1)) : "";
        return before.equals("that") || before.equals(":");
      }
    }
    return false;
  }

  /** After the cue, nothing but a few words without a verb before the clause ends. */
  private static boolean shortTail(List<Token> tokens, int from) {
    return shortTail(tokens, from, 6);
  }

  /**
   * After the cue, at most {@code maxWords} words without a verb before the clause ends: "said on
   * Tuesday", "told supporters at a rally in Lantern City on Wednesday night".
   */
  private static boolean shortTail(List<Token> tokens, int from, int maxWords) {
    int words = 0;
    for (int k = from; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      String word = token.word();
      if (word.equals(".") || word.equals(";") || word.equals("!")) {
        return true;
      }
      if (word.equals(",") || isClosingQuote(word) || word.equals("--") || word.equals("—")) {
        return words <= maxWords; // "..., Meghan said -- Kate made her cry"
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
      if (!token.isPunctuation() && ++words > maxWords) {
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
      if (FINITE_TAGS.contains(tag)
          || unit.inQuote(token.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * For "X, SPEAKER CUE, Y": the index of the comma closing the attribution when a clause with a
   * verb follows it, else -1.
   */
  private static int parentheticalEnd(List<Token> tokens, int from) {
    int words = 0;
    for (int k = from; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      if (token.word().equals(",")) {
        for (int v = k + 1; v < tokens.size() && v < k + 8; v++) {
          String tag = tokens.get(v).tag();
          if (FINITE_TAGS.contains(tag)) {
            return k;
          }
        }
        return -1;
      }
      if (token.isVerb() || token.isPunctuation() || ++words > 5) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "..., says a report highlighting the rise in casual contracts.": a participle right after an
   * inverted speaker modifies it.
   */
  private static boolean modifiedByParticiple(List<Token> tokens, int[] np) {
    int next = np[1] + 1;
    if (next >= tokens.size()) {
      return false;
    }
    String tag = tokens.get(next).tag();
    if (!(tag.equals("VBG") || tag.equals("VBN")) || !tokens.get(np[1]).isNoun()
        || tokens.get(np[1]).isProperNoun()) {
      return false;
    }
    // "..., said many of the staff involved had been failed": a clause, not a modifier
    for (int k = next + 1; k < tokens.size() && !tokens.get(k).word().equals("."); k++) {
      String later = tokens.get(k).tag();
      if (FINITE_TAGS.contains(later)
          || contractedVerb(tokens, k)) {
        return false;
      }
    }
    return true;
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

  /** Whether a phrase at {@code k} opens its clause: "But Senator Sato, who ..., said". */
  private static boolean opensClause(List<Token> tokens, int k) {
    return k == 0 || isBoundary(tokens.get(k - 1))
        || k == 1 && Set.of("but", "and", "yet", "still", "so").contains(lower(tokens.get(0)));
  }

  /**
   * A boundary, or the mark closing one of the unit's quotations: "‘We’ve done it,’ Holt said"
   * closes with a single mark that elsewhere is an apostrophe.
   */
  private static boolean boundary(ClaimUnit unit, Token token) {
    return isBoundary(token) || unit.quotes().stream().anyMatch(q -> q.end() == token.end());
  }

  static boolean isBoundary(Token token) {
    String word = token.word();
    return word.equals(",") || word.equals("—") || word.equals("–") || word.equals("--")
        || word.equals(":") || isClosingQuote(word) || word.endsWith("”");
  }

  /**
   * Whether a finite verb follows {@code c} in its own clause ("The man called for questioning
   * was released"); verbs after a subordinating word or a stop do not count.
   */
  private static boolean mainVerbAfter(List<Token> tokens, int c) {
    for (int k = c + 1; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      String tag = token.tag();
      if (SUBORDINATORS.contains(lower(token)) || tag.startsWith("W") || token.word().equals(",")
          || token.word().equals(".") || token.word().equals(";")) {
        return false;
      }
      if (FINITE_TAGS.contains(tag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpeningQuote(String word) {
    return word.equals("“") || word.equals("``") || word.equals("‘");
  }

  private static boolean isClosingQuote(String word) {
    return word.equals("”") || word.equals("\"") || word.equals("''") || word.equals("’”");
  }

  static String lower(Token token) {
    return token.word().toLowerCase(Locale.ROOT);
  }
}
