package io.newsflow.enrich.claims;

import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import io.newsflow.core.enrichment.Speaker;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.enrich.entities.EntityAnalysis;
import io.newsflow.enrich.entities.FirstNames;
import io.newsflow.enrich.entities.FirstNames.Gender;
import io.newsflow.enrich.lexicon.Lexicon;
import io.newsflow.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Says who a speaker is, without statistical coreference: a name resolves to its entity; a
 * pronoun or a definite description ("it", "he", "the company", "the spokesperson", "the
 * filing") to the most recent compatible source the article cited, or failing that to the most
 * recent compatible entity before it. One instance per article: it remembers the sources cited so
 * far.
 */
final class SpeakerResolver {
  private static final Set<String> MALE = Lexicon.MALE_PRONOUNS.words();
  private static final Set<String> FEMALE = Lexicon.FEMALE_PRONOUNS.words();
  private static final Set<String> NEUTER = Lexicon.NEUTER_PRONOUNS.words();
  private static final Set<String> PLURAL = Lexicon.PLURAL_PRONOUNS.words();
  private static final Set<String> DEFINITE = Lexicon.DEFINITE_DETERMINERS.words();

  /** Titles of people who accuse for the state: "Assistant Attorney General Renata Solis". */
  private static final java.util.regex.Pattern ACCUSER_TITLE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(prosecut\\w+|attorney general|district attorney|state's attorney"
              + "|crown prosecution)\\b");

  private final String text;
  private final EntityAnalysis entities;
  private final FirstNames firstNames;
  private final List<Source> history = new ArrayList<>();

  private final List<QuoteSpan> quotes;
  private final java.util.Map<String, Gender> inferred = new java.util.HashMap<>();

  SpeakerResolver(String text, EntityAnalysis entities, FirstNames firstNames,
      List<QuoteSpan> quotes) {
    this.text = text;
    this.entities = entities;
    this.firstNames = firstNames;
    this.quotes = quotes;
    inferGenders();
  }

  /**
   * Genders of persons whose given name the list lacks: from "Mr."/"Ms." before a mention, or
   * from the first "he"/"she"/"his"/"her" after a mention with no other person named between.
   */
  private void inferGenders() {
    List<EntityAnalysis.Located> persons = new ArrayList<>();
    for (Entity e : entities.entities()) {
      if (e.type() == EntityType.PERSON) {
        e.mentions().forEach(m -> persons.add(new EntityAnalysis.Located(e, m)));
      }
    }
    persons.sort(Comparator.comparingInt(l -> l.mention().start()));
    java.util.Map<String, int[]> votes = new java.util.HashMap<>();
    for (int i = 0; i < persons.size(); i++) {
      EntityAnalysis.Located l = persons.get(i);
      int[] vote = votes.computeIfAbsent(l.entity().name(), k -> new int[2]);
      String before = text.substring(Math.max(0, l.mention().start() - 5), l.mention().start())
          .toLowerCase(Locale.ROOT);
      if (before.endsWith("mr. ") || before.endsWith("mr ")) {
        vote[0] += 2;
      } else if (before.endsWith("ms. ") || before.endsWith("mrs. ") || before.endsWith("ms ")) {
        vote[1] += 2;
      }
      int limit = Math.min(text.length(), l.mention().end() + 120);
      if (i + 1 < persons.size()) {
        limit = Math.min(limit, persons.get(i + 1).mention().start());
      }
      int stop = text.indexOf(". ", l.mention().end());
      if (stop >= 0) {
        limit = Math.min(limit, stop);
      }
      if (limit <= l.mention().end()) {
        continue; // overlapping mentions ("Jean-Marc" inside "Jean-Marc Duvalle"): no text between
      }
      java.util.regex.Matcher m = PRONOUN.matcher(text).region(l.mention().end(), limit);
      if (m.find() && !inQuote(m.start())) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        vote[word.startsWith("h") && !word.equals("her") ? 0 : 1]++;
      }
    }
    votes.forEach((name, vote) -> {
      if (vote[0] != vote[1]) {
        inferred.put(name, vote[0] > vote[1] ? Gender.MALE : Gender.FEMALE);
      }
    });
  }

  private static final java.util.regex.Pattern PRONOUN =
      java.util.regex.Pattern.compile("(?i)\\b(he|his|him|she|her)\\b");

  private boolean inQuote(int offset) {
    for (QuoteSpan q : quotes) {
      if (q.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  /** The most recent source, for hedges and quotations that continue without a cue. */
  Optional<Source> lastSource() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /** Resolves the speaker written at {@code [start, end)} and remembers it as a source. */
  Source resolve(int start, int end, List<Token> unitTokens, int unit) {
    Source source = resolveQuietly(start, end, unitTokens, unit);
    history.add(source);
    return source;
  }

  /** Resolves a speaker without remembering it: "Brandt's claim that" cites no new source. */
  Source resolveQuietly(int start, int end, List<Token> unitTokens, int unit) {
    List<Token> tokens = unitTokens.stream()
        .filter(t -> t.start() >= start && t.end() <= end).toList();
    String written = text.substring(start, end);
    Source source = tokens.size() == 1 && tokens.get(0).tag().startsWith("PRP")
        ? pronoun(written, unit, start)
        : description(written, tokens, start, end, unit);
    return source;
  }

  /** Remembers a source carried over without a new mention (a continued quotation). */
  void remember(Source source) {
    history.add(source);
  }

  private Source pronoun(String written, int unit, int at) {
    String word = written.toLowerCase(Locale.ROOT);
    Gender gender = MALE.contains(word) ? Gender.MALE : FEMALE.contains(word) ? Gender.FEMALE
        : null;
    Optional<Source> antecedent;
    if (gender != null) {
      antecedent = latestPersonMention(at, gender);
      if (antecedent.isEmpty()) {
        antecedent = latest(s -> s.kind() == SpeakerKind.PERSON && !s.plural()
            && (s.gender() == null || s.gender() == gender));
      }
      if (antecedent.isEmpty()) {
        antecedent = latestEntityBefore(at, EntityType.PERSON, gender);
      }
    } else if (NEUTER.contains(word)) {
      antecedent = latest(s -> (s.kind() == SpeakerKind.DOCUMENT
          || s.kind() == SpeakerKind.ORGANIZATION) && !s.plural());
      if (antecedent.isEmpty()) {
        antecedent = latestEntityBefore(at, EntityType.ORGANIZATION, null);
      }
    } else if (PLURAL.contains(word)) {
      antecedent = latest(s -> s.plural() || s.kind() == SpeakerKind.ORGANIZATION);
    } else {
      antecedent = Optional.empty();
    }
    if (antecedent.isEmpty()) {
      return new Source(new Speaker(written, null, SpeakerKind.ANONYMOUS), null, gender,
          PLURAL.contains(word), false, unit);
    }
    Source a = antecedent.get();
    Gender known = gender != null ? gender : a.gender();
    return new Source(new Speaker(written, a.referent(), a.kind()), a.head(), known, a.plural(),
        a.legal(), unit);
  }

  private Source description(String written, List<Token> tokens, int start, int end, int unit) {
    Token head = headNoun(tokens);
    // "One said": a bare "one" or "another" speaks for the group cited before.
    String headWord = head != null ? head.word().toLowerCase(Locale.ROOT)
        : tokens.size() == 1 ? tokens.get(0).word().toLowerCase(Locale.ROOT) : "";
    boolean plural = head != null && (head.tag().equals("NNS") || head.tag().equals("NNPS"))
        || tokens.stream().anyMatch(t -> t.word().equals("and"));
    boolean definite = !tokens.isEmpty()
        && DEFINITE.contains(tokens.get(0).word().toLowerCase(Locale.ROOT));
    List<EntityAnalysis.Located> named = entities.within(start, end).stream()
        .filter(l -> isNameType(l.entity().type()))
        .filter(l -> !modifiesByHyphen(l.mention().end())) // "the Lindenfield-based firm"
        .toList();

    Optional<EntityAnalysis.Located> person = named.stream()
        .filter(l -> l.entity().type() == EntityType.PERSON && !possessive(l.mention(), tokens))
        .findFirst();
    boolean accuser = ACCUSER_TITLE.matcher(written).find();
    if (person.isPresent() && !SourceNouns.isIn(SourceNouns.DOCUMENTS, headWord)) {
      Entity entity = person.get().entity();
      return new Source(new Speaker(written, entity.name(), SpeakerKind.PERSON), headWord,
          genderOf(entity.name()), plural && named.size() > 1, accuser, unit);
    }
    if (SourceNouns.isIn(SourceNouns.DOCUMENTS, headWord)) {
      return document(written, tokens, headWord, definite, plural, named, unit);
    }
    Optional<EntityAnalysis.Located> organisation = pickOrganisation(named, tokens);
    if (SourceNouns.isIn(SourceNouns.ANONYMOUS, headWord)) {
      String entity = organisation.map(l -> l.entity().name()).orElse(null);
      return new Source(new Speaker(written, entity, SpeakerKind.ANONYMOUS), headWord, null,
          plural, false, unit);
    }
    if (organisation.isPresent()) {
      return new Source(new Speaker(written, organisation.get().entity().name(),
          SpeakerKind.ORGANIZATION), headWord, null, false, false, unit);
    }
    if (SourceNouns.isIn(SourceNouns.ROLES, headWord)
        || SourceNouns.isIn(SourceNouns.ACCUSERS, headWord)) {
      accuser |= SourceNouns.isIn(SourceNouns.ACCUSERS, headWord);
      if (definite) {
        Optional<Source> same = latest(s -> headWord.equals(s.head()));
        if (same.isPresent()) {
          Source s = same.get();
          return new Source(new Speaker(written, s.speaker().entity(), s.kind()), headWord,
              s.gender(), s.plural(), s.legal() || accuser, unit);
        }
      }
      return new Source(new Speaker(written, null, SpeakerKind.PERSON), headWord, null, plural,
          accuser, unit);
    }
    if (SourceNouns.isIn(SourceNouns.ORGANIZATIONS, headWord)) {
      Optional<String> antecedent = Optional.empty();
      if (definite) {
        antecedent = organisationFor(headWord, tokens, head, start);
      }
      return new Source(new Speaker(written, antecedent.orElse(null),
          SpeakerKind.ORGANIZATION), headWord, null, plural, false, unit);
    }
    if (head != null && head.isProperNoun() && head.isCapitalized()) {
      // A name the tagger missed: "The Civic Integrity Project said".
      String name = written.replaceFirst("^(?i)the\\s+", "");
      boolean personal = tokens.size() >= 2 && tokens.size() <= 3
          && firstNames.contains(tokens.get(0).word()) && !plural;
      return new Source(new Speaker(written, name, personal ? SpeakerKind.PERSON
          : SpeakerKind.ORGANIZATION), headWord, personal ? genderOf(name) : null, plural, false,
          unit);
    }
    return new Source(new Speaker(written, null, SpeakerKind.ANONYMOUS), headWord, null, plural,
        false, unit);
  }

  /** "Meadows' office", "Amazon’s stance": a name followed by a possessive ending. */
  private boolean possessive(int end) {
    return text.startsWith("'", end) || text.startsWith("’", end);
  }

  /** "Lindenfield-based", "state-owned": a name before a hyphen and a lower-case word. */
  private boolean modifiesByHyphen(int end) {
    return end + 1 < text.length() && text.charAt(end) == '-'
        && Character.isLowerCase(text.charAt(end + 1));
  }

  /**
   * A document speaker. A definite legal document ("the filing", "the court documents") is taken
   * to be the legal document cited before, so one lawsuit keeps one name.
   */
  private Source document(String written, List<Token> tokens, String headWord, boolean definite,
      boolean plural, List<EntityAnalysis.Located> named, int unit) {
    boolean legal = SourceNouns.isIn(SourceNouns.LEGAL_DOCUMENTS, headWord);
    if (definite) {
      Optional<Source> earlier = latest(s -> s.kind() == SpeakerKind.DOCUMENT
          && (s.legal() == legal || headWord.equals(s.head())));
      if (earlier.isPresent()) {
        return new Source(new Speaker(written, earlier.get().referent(), SpeakerKind.DOCUMENT),
            headWord, null, plural, legal, unit);
      }
    }
    String label = documentLabel(tokens);
    String owner = named.isEmpty() ? null : named.get(0).entity().name();
    return new Source(new Speaker(written, owner != null && !legal ? owner : label,
        SpeakerKind.DOCUMENT), headWord, null, plural, legal, unit);
  }

  /** "lawsuit" for "a major lawsuit", "court documents" for "the newly unsealed court documents". */
  private static String documentLabel(List<Token> tokens) {
    Token head = headNoun(tokens);
    if (head == null) {
      return null;
    }
    int at = tokens.indexOf(head);
    if (at > 0 && tokens.get(at - 1).tag().startsWith("NN")
        && !tokens.get(at - 1).tag().startsWith("NNP")) {
      return tokens.get(at - 1).word().toLowerCase(Locale.ROOT) + " " + head.word()
          .toLowerCase(Locale.ROOT);
    }
    return head.word().toLowerCase(Locale.ROOT);
  }

  /** The last noun before any "of", "for", "at" or comma: "spokesperson" in "a spokesperson for X". */
  private static Token headNoun(List<Token> tokens) {
    Token head = null;
    for (Token t : tokens) {
      String word = t.word().toLowerCase(Locale.ROOT);
      if (head != null && word.equals("of")
          && SourceNouns.isIn(SourceNouns.PARTITIVES, head.word())) {
        continue; // "a string of Tory MPs": the people counted are the head
      }
      if (head != null && (word.equals("of") || word.equals("for") || word.equals("at")
          || word.equals("from") || word.equals("with") || word.equals("in")
          || word.equals("on") || word.equals("to"))) {
        break;
      }
      if (t.isNoun() && !t.tag().equals("POS")) {
        head = t;
      }
      if (word.equals(",") && head != null && !head.isProperNoun()) {
        break;
      }
    }
    return head;
  }

  private static Optional<EntityAnalysis.Located> pickOrganisation(
      List<EntityAnalysis.Located> named, List<Token> tokens) {
    // Nationalities and events ("the Chinese ambassador") are no organisation that speaks.
    List<EntityAnalysis.Located> organisations = named.stream()
        .filter(l -> l.entity().type() == EntityType.ORGANIZATION
            || l.entity().type() == EntityType.LOCATION).toList();
    return organisations.stream().filter(l -> !possessive(l.mention(), tokens)).reduce(
        (a, b) -> b).or(() -> organisations.stream().reduce((a, b) -> b));
  }

  private static boolean possessive(Mention mention, List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).end() == mention.end()) {
        return tokens.get(i + 1).tag().equals("POS");
      }
    }
    return false;
  }

  private static boolean isNameType(EntityType type) {
    return type == EntityType.PERSON || type == EntityType.ORGANIZATION
        || type == EntityType.LOCATION || type == EntityType.MISC;
  }

  private Gender genderOf(String name) {
    String first = name.split("\\s+")[0];
    return firstNames.gender(first).orElseGet(() -> inferred.get(name));
  }

  /**
   * The person named last before {@code offset}, outside quotations and within a few sentences,
   * whose gender is known to be {@code gender}: "Green Union leader Mira Castellanos did not
   * confirm the threat. “...,” she said."
   */
  private Optional<Source> latestPersonMention(int offset, Gender gender) {
    EntityAnalysis.Located best = null;
    EntityAnalysis.Located bestPossessive = null;
    for (Entity e : entities.entities()) {
      if (e.type() != EntityType.PERSON || genderOf(e.name()) != gender) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.end() > offset || offset - m.end() >= 400 || inQuote(m.start())) {
          continue;
        }
        // "said King, who resigned from Meadows' office. He said": an owner named in passing
        // is a weaker antecedent than a name in its own right.
        boolean possessive = possessive(m.end());
        EntityAnalysis.Located current = possessive ? bestPossessive : best;
        if (current == null || m.start() > current.mention().start()) {
          if (possessive) {
            bestPossessive = new EntityAnalysis.Located(e, m);
          } else {
            best = new EntityAnalysis.Located(e, m);
          }
        }
      }
    }
    if (best == null) {
      best = bestPossessive;
    }
    if (best == null) {
      return Optional.empty();
    }
    Entity e = best.entity();
    return Optional.of(new Source(new Speaker(e.name(), e.name(), SpeakerKind.PERSON), null,
        gender, false, false, -1));
  }

  private Optional<Source> latest(java.util.function.Predicate<Source> test) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (test.test(history.get(i))) {
        return Optional.of(history.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The organisation a definite description ("the company", "the agency", "the county") stands
   * for: the latest one cited or named before whose name fits the description, else one named
   * shortly after it ("the agency said ... The Medicines Safety Agency said"). A description
   * with words of its own ("the state environment agency") is a new organisation unless its
   * words are in the name, and a company is never taken for a public body or the reverse.
   */
  private Optional<String> organisationFor(String headWord, List<Token> tokens, Token head,
      int start) {
    List<String> modifiers = new ArrayList<>();
    for (Token t : tokens) {
      if (t == head) {
        break;
      }
      if ((t.isNoun() || t.tag().startsWith("JJ")) && !t.tag().equals("POS")) {
        modifiers.add(t.word().toLowerCase(Locale.ROOT));
      }
    }
    java.util.function.Predicate<String> fits = name -> {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean named = java.util.Arrays.asList(lower.split("[\\s-]+")).contains(headWord);
      boolean publicBody = PUBLIC_BODY.matcher(lower).find();
      boolean generic = GENERIC_BUSINESS.contains(headWord) && !publicBody;
      return (named || generic) && modifiers.stream().allMatch(lower::contains);
    };
    Optional<String> cited = latest(s -> (s.kind() == SpeakerKind.ORGANIZATION
        || s.kind() == SpeakerKind.ANONYMOUS) && s.speaker().entity() != null
        && fits.test(s.speaker().entity())).map(s -> s.speaker().entity());
    if (cited.isPresent()) {
      return cited;
    }
    EntityAnalysis.Located best = null;
    for (Entity e : entities.entities()) {
      boolean organisation = e.type() == EntityType.ORGANIZATION;
      if (!organisation && e.type() != EntityType.LOCATION || !fits.test(e.name())
          || e.type() == EntityType.LOCATION && !headWord.equals(lastWord(e.name()))) {
        continue;
      }
      for (Mention m : e.mentions()) {
        boolean before = m.end() <= start;
        boolean shortlyAfter = m.start() > start && m.start() - start < 400;
        if (before && (best == null || best.mention().start() > start
            || m.start() > best.mention().start())
            || shortlyAfter && best == null) {
          best = new EntityAnalysis.Located(e, m);
        }
      }
    }
    return Optional.ofNullable(best).map(l -> l.entity().name());
  }

  private static String lastWord(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }

  /** Words that make a name a public body rather than a business. */
  private static final java.util.regex.Pattern PUBLIC_BODY =
      java.util.regex.Pattern.compile(
          "\\b(agency|ministry|department|court|police|council|commission|government"
              + "|authority|office|parliament|senate|congress|committee|regulator|bureau"
              + "|county|city|state|university|party|union|campaign|association|institute)\\b");

  /** Descriptions of a business: any company named before may be meant. */
  private static final Set<String> GENERIC_BUSINESS = Lexicon.BUSINESS_NOUNS.words();

  /** The entity of the given type mentioned last before {@code offset}, as a source. */
  private Optional<Source> latestEntityBefore(int offset, EntityType type, Gender gender) {
    return entities.entities().stream()
        .filter(e -> e.type() == type)
        .filter(e -> gender == null || genderOf(e.name()) == null || genderOf(e.name()) == gender)
        .flatMap(e -> e.mentions().stream().filter(m -> m.end() <= offset)
            .map(m -> new Object[] {e, m.start(), possessive(m.end()) ? 0 : 1}))
        // "The court didn't agree with Amazon's stance. It noted": owners named in passing last
        .max(Comparator.<Object[]>comparingInt(o -> (Integer) o[2])
            .thenComparingInt(o -> (Integer) o[1]))
        .map(o -> {
          Entity e = (Entity) o[0];
          SpeakerKind kind = type == EntityType.PERSON ? SpeakerKind.PERSON
              : SpeakerKind.ORGANIZATION;
          return new Source(new Speaker(e.name(), e.name(), kind), null, genderOf(e.name()),
              false, false, -1);
        });
  }
}
