package io.newsflow.enrich.claims;

import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import io.newsflow.core.enrichment.Speaker;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.enrich.entities.EntityAnalysis;
import io.newsflow.enrich.entities.FirstNames;
import io.newsflow.enrich.entities.FirstNames.Gender;
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
  private static final Set<String> MALE = Set.of("he", "him", "his");
  private static final Set<String> FEMALE = Set.of("she", "her");
  private static final Set<String> NEUTER = Set.of("it", "its");
  private static final Set<String> PLURAL = Set.of("they", "them", "their");
  private static final Set<String> DEFINITE =
      Set.of("the", "this", "that", "these", "those", "its", "their", "his", "her");

  private final String text;
  private final EntityAnalysis entities;
  private final FirstNames firstNames;
  private final List<Source> history = new ArrayList<>();

  SpeakerResolver(String text, EntityAnalysis entities, FirstNames firstNames) {
    this.text = text;
    this.entities = entities;
    this.firstNames = firstNames;
  }

  /** The most recent source, for hedges and quotations that continue without a cue. */
  Optional<Source> lastSource() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /** Resolves the speaker written at {@code [start, end)} and remembers it as a source. */
  Source resolve(int start, int end, List<Token> unitTokens, int unit) {
    List<Token> tokens = unitTokens.stream()
        .filter(t -> t.start() >= start && t.end() <= end).toList();
    String written = text.substring(start, end);
    Source source = tokens.size() == 1 && tokens.get(0).tag().startsWith("PRP")
        ? pronoun(written, unit, start)
        : description(written, tokens, start, end, unit);
    history.add(source);
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
      antecedent = latest(s -> s.kind() == SpeakerKind.PERSON && !s.plural()
          && (s.gender() == null || s.gender() == gender));
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
    String headWord = head == null ? "" : head.word().toLowerCase(Locale.ROOT);
    boolean plural = head != null && (head.tag().equals("NNS") || head.tag().equals("NNPS"))
        || tokens.stream().anyMatch(t -> t.word().equals("and"));
    boolean definite = !tokens.isEmpty()
        && DEFINITE.contains(tokens.get(0).word().toLowerCase(Locale.ROOT));
    List<EntityAnalysis.Located> named = entities.within(start, end).stream()
        .filter(l -> isNameType(l.entity().type())).toList();

    Optional<EntityAnalysis.Located> person = named.stream()
        .filter(l -> l.entity().type() == EntityType.PERSON && !possessive(l.mention(), tokens))
        .findFirst();
    if (person.isPresent() && !SourceNouns.isIn(SourceNouns.DOCUMENTS, headWord)) {
      Entity entity = person.get().entity();
      return new Source(new Speaker(written, entity.name(), SpeakerKind.PERSON), headWord,
          genderOf(entity.name()), plural && named.size() > 1, false, unit);
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
      boolean accuser = SourceNouns.isIn(SourceNouns.ACCUSERS, headWord);
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
        antecedent = latest(s -> s.kind() == SpeakerKind.ORGANIZATION && s.speaker().entity()
            != null).map(s -> s.speaker().entity());
        if (antecedent.isEmpty()) {
          antecedent = latestEntityBefore(start, EntityType.ORGANIZATION, null)
              .map(s -> s.speaker().entity());
        }
      }
      return new Source(new Speaker(written, antecedent.orElse(null),
          SpeakerKind.ORGANIZATION), headWord, null, plural, false, unit);
    }
    return new Source(new Speaker(written, null, SpeakerKind.ANONYMOUS), headWord, null, plural,
        false, unit);
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
      if (head != null && (word.equals("of") || word.equals("for") || word.equals("at")
          || word.equals("from") || word.equals("with") || word.equals("in"))) {
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
    List<EntityAnalysis.Located> organisations = named.stream()
        .filter(l -> l.entity().type() != EntityType.PERSON).toList();
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
    return firstNames.gender(first).orElse(null);
  }

  private Optional<Source> latest(java.util.function.Predicate<Source> test) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (test.test(history.get(i))) {
        return Optional.of(history.get(i));
      }
    }
    return Optional.empty();
  }

  /** The entity of the given type mentioned last before {@code offset}, as a source. */
  private Optional<Source> latestEntityBefore(int offset, EntityType type, Gender gender) {
    return entities.entities().stream()
        .filter(e -> e.type() == type)
        .filter(e -> gender == null || genderOf(e.name()) == null || genderOf(e.name()) == gender)
        .flatMap(e -> e.mentions().stream().filter(m -> m.end() <= offset)
            .map(m -> new Object[] {e, m.start()}))
        .max(Comparator.comparingInt(o -> (Integer) o[1]))
        .map(o -> {
          Entity e = (Entity) o[0];
          SpeakerKind kind = type == EntityType.PERSON ? SpeakerKind.PERSON
              : SpeakerKind.ORGANIZATION;
          return new Source(new Speaker(e.name(), e.name(), kind), null, genderOf(e.name()),
              false, false, -1);
        });
  }
}
