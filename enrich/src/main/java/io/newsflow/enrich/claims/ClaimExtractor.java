package io.newsflow.enrich.claims;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.QuoteKind;
import io.newsflow.core.enrichment.Speaker;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.enrich.entities.EntityAnalysis;
import io.newsflow.enrich.entities.FirstNames;
import io.newsflow.enrich.lexicon.Lexicon;
import io.newsflow.enrich.nlp.AnalysedText;
import io.newsflow.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the attributed claims of one tagged article: splits it into claim units, finds each
 * unit's attribution, resolves its speaker, labels stance, quote kind, hedging and claim type,
 * and links each denial to the allegation it answers. Holds no per-article state between calls.
 */
public final class ClaimExtractor {
  private static final Set<String> HEDGE_WORDS = Lexicon.HEDGED_CLAIM_ADVERBS.words();
  private static final Set<String> GENERIC_OBJECTS = Lexicon.GENERIC_DENIAL_OBJECTS.words();

  private final FirstNames firstNames;
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final ClaimUnitSplitter splitter = new ClaimUnitSplitter();
  private final AttributionFinder attributions = new AttributionFinder(new CueLexicon());
  private final StanceClassifier stances = new StanceClassifier();
  private final ClaimTypeClassifier types = new ClaimTypeClassifier();

  public ClaimExtractor(FirstNames firstNames) {
    this.firstNames = firstNames;
  }

  public List<Claim> extract(AnalysedText analysed, EntityAnalysis entities) {
    String text = analysed.text();
    List<QuoteSpan> quotes = quoteFinder.find(text, analysed.analysedChars());
    List<ClaimUnit> units = splitter.split(analysed, quotes);
    SpeakerResolver resolver = new SpeakerResolver(text, entities, firstNames, quotes);
    List<Draft> drafts = new ArrayList<>();
    int lastClaimUnit = -10;
    Source pending = null;
    for (ClaimUnit unit : units) {
      if (!unit.narrative()) {
        continue;
      }
      List<Attribution> found = new ArrayList<>(attributions.findAll(unit));
      Source continued = null;
      if (found.isEmpty()) {
        Optional<Source> previous = pending != null ? Optional.of(pending)
            : lastClaimUnit == unit.index() - 1 ? resolver.lastSource() : Optional.empty();
        if (previous.isEmpty() || !mostlyQuoted(unit)) {
          // "Smith issued a statement on Friday. “We are saddened ...”": the quotation that
          // follows a statement announced is the statement's speaker's.
          pending = mostlyQuoted(unit) ? null : statementIntroduced(unit, resolver);
          continue;
        }
        continued = previous.get();
        resolver.remember(continued);
        found = List.of(new Attribution(Attribution.Pattern.CONTINUATION, null,
            Cue.Kind.NEUTRAL, false, -1, -1, unit.start(), unit.end()));
      }
      Source previousInUnit = null;
      for (Attribution attribution : found) {
        Source source = continued != null ? continued
            : attribution.inherits() && previousInUnit != null ? previousInUnit
            : sourceOf(attribution, unit, resolver, text);
        if (!plausible(source, attribution)) {
          continue;
        }
        int claimStart = attribution.claimStart() < 0 ? unit.start() : attribution.claimStart();
        int claimEnd = attribution.claimEnd() < 0 ? unit.end() : attribution.claimEnd();
        int contentStart = Math.max(claimStart, attribution.contentStart());
        int contentEnd = Math.min(claimEnd, Math.max(contentStart, attribution.contentEnd()));
        String content = text.substring(contentStart, contentEnd);
        if (content.codePoints().noneMatch(Character::isLetter)) {
          // "Smith said:" with the quotation in the next paragraph.
          pending = source;
          continue;
        }
        pending = null;
        previousInUnit = source;
        drafts.add(new Draft(unit, attribution, source, claimStart, claimEnd, contentStart,
            contentEnd, content, hedged(unit, claimStart, claimEnd)));
        lastClaimUnit = unit.index();
      }
    }
    return label(text, drafts, entities);
  }

  private static final Set<String> STATEMENT_NOUNS = Lexicon.STATEMENT_NOUNS.words();

  /**
   * The speaker of a sentence that announces a statement without quoting it ("Ruiz's lawyer,
   * Ana Brisk, had a more succinct statement after the ruling."): a named person or organisation
   * as subject, a noun of saying after the verb; null otherwise.
   */
  private Source statementIntroduced(ClaimUnit unit, SpeakerResolver resolver) {
    List<Token> tokens = unit.tokens();
    int verb = -1;
    for (int k = 1; k < tokens.size(); k++) {
      String tag = tokens.get(k).tag();
      if (tag.equals("VBD") || tag.equals("VBZ")) {
        verb = k;
        break;
      }
    }
    if (verb < 0 || unit.quotedChars(unit.start(), unit.end()) > 0) {
      return null;
    }
    boolean announces = false;
    for (int k = verb + 1; k < tokens.size() && k < verb + 6; k++) {
      announces |= STATEMENT_NOUNS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
          && tokens.get(k).isNoun();
    }
    int[] subject = announces ? attributions.subjectOf(tokens, verb) : null;
    if (subject == null) {
      return null;
    }
    Source source = resolver.resolveQuietly(tokens.get(subject[0]).start(),
        tokens.get(subject[1]).end(), tokens, unit.index());
    boolean named = source.speaker().entity() != null
        && (source.kind() == SpeakerKind.PERSON || source.kind() == SpeakerKind.ORGANIZATION);
    return named ? source : null;
  }

  /** A claim found, before its stance: stance needs every allegation of the article. */
  private record Draft(ClaimUnit unit, Attribution attribution, Source source, int start,
      int end, int contentStart, int contentEnd, String content, boolean hedged) {}

  /**
   * Stance in two passes: first what the cue, the source and the wording say on their own; then
   * with the whole article known: negated statements by a party accused before, the sides of the
   * dispute (a prosecutor alleges, a defence lawyer denies) and quotations that go on with their
   * speaker's stance.
   */
  private List<Claim> label(String text, List<Draft> drafts, EntityAnalysis entities) {
    StanceClassifier.Allegations none = StanceClassifier.Allegations.NONE;
    List<Stance> first = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      first.add(stances.classify(d.attribution(), d.source(), d.content(), d.hedged(), none,
          Set.of(), setting(text, d), i));
    }
    List<Set<String>> allegationWords = new ArrayList<>();
    Map<String, Integer> accused = new java.util.HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (first.get(i) == Stance.DENIAL && d.attribution().kind() == Cue.Kind.DENY) {
        // Whoever denies by name ("Ambrosi denied any link") is an accused party.
        String denier = d.source().speaker().entity();
        if (denier != null) {
          accused.putIfAbsent(denier, i - 1);
        }
      }
      if (first.get(i) == Stance.ALLEGATION) {
        allegationWords.add(StanceClassifier.contentWords(d.content()));
        String accuser = d.source().speaker().entity();
        Attribution a = d.attribution();
        // The whole claim but its speaker: "accuses Pellam Refining of venting" names the
        // accused as the object of the cue, outside the content.
        for (EntityAnalysis.Located l : entities.within(d.start(), d.end())) {
          boolean inSpeaker = a.hasSpeaker() && l.mention().start() >= a.speakerStart()
              && l.mention().end() <= a.speakerEnd();
          if (!inSpeaker && !l.entity().name().equals(accuser) && isParty(l.entity().type())) {
            accused.putIfAbsent(l.entity().name(), i);
          }
        }
      }
    }
    Sides sides = new Sides();
    for (Draft d : drafts) {
      sides.introduce(d.source(), introduction(text, d));
    }
    sides.settle(accused.keySet());
    StanceClassifier.Allegations all = new StanceClassifier.Allegations(allegationWords, accused);
    List<Claim> claims = new ArrayList<>();
    Map<Integer, Set<String>> contentWords = new LinkedHashMap<>();
    List<Stance> labelled = new ArrayList<>();
    // Whether a claim's stance came from its cue or its speaker's side, not from its wording.
    List<Boolean> firm = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      Set<String> related = related(d, entities);
      Stance stance = stances.classify(d.attribution(), d.source(), d.content(), d.hedged(), all,
          related, setting(text, d), i);
      boolean byWording = decidedByWording(d);
      if (byWording) {
        if (sides.defends(d.source())) {
          stance = Stance.DENIAL;
          byWording = false;
        } else if (sides.prosecutes(d.source())) {
          stance = Stance.ALLEGATION;
          byWording = false;
        } else if (stance == Stance.ASSERTION && i > 0 && firm.get(i - 1)
            && labelled.get(i - 1) != Stance.ASSERTION && goesOn(drafts.get(i - 1), d)) {
          // "He denied the claim. 'We moved as soon as we could,' he said."
          stance = labelled.get(i - 1);
          byWording = false;
        }
      }
      labelled.add(stance);
      firm.add(!byWording);
      int seq = claims.size() + 1;
      contentWords.put(seq, StanceClassifier.contentWords(d.content()));
      claims.add(new Claim(seq, text.substring(d.start(), d.end()), d.start(), d.end(), stance,
          d.source().speaker(), d.attribution().cue(),
          quoteKind(d.unit(), d.contentStart(), d.contentEnd()), d.hedged(), null,
          types.classify(d.content())));
    }
    return DenialLinker.link(claims, contentWords);
  }

  /**
   * Whether a claim's stance rests on its wording alone: no cue that alleges or denies, no hedge,
   * no legal document as its source.
   */
  private static boolean decidedByWording(Draft d) {
    Attribution a = d.attribution();
    boolean cueDecides = a.kind() == Cue.Kind.DENY
        || a.kind() == Cue.Kind.ALLEGE && a.pattern() != Attribution.Pattern.HEDGE
        || a.kind() == Cue.Kind.ADMIT && a.negated();
    return !cueDecides && !d.hedged() && a.pattern() != Attribution.Pattern.HEDGE
        && !reportingHedge(a) && !d.source().legal();
  }

  /**
   * Whether {@code next} goes on with what the same speaker said in {@code previous}: the same
   * speaker in the same or the next sentence.
   */
  private static boolean goesOn(Draft previous, Draft next) {
    boolean sameSpeaker = Sides.key(previous.source()).equals(Sides.key(next.source()));
    return sameSpeaker && next.unit().index() - previous.unit().index() <= 1;
  }

  /** The speaker as written with the words before it in its sentence: how it is introduced. */
  private static String introduction(String text, Draft d) {
    Attribution a = d.attribution();
    if (!a.hasSpeaker()) {
      return "";
    }
    int from = Math.max(d.unit().start(), a.speakerStart() - 60);
    return text.substring(from, a.speakerEnd());
  }

  /**
   * The parties a claim speaks for: the speaker's entity, the names in its description
   * ("Corvia Mills chief executive Ruth Okafor", "Whitcombe's lawyer") and the name its content
   * opens with ("Halden Shipping did not pay").
   */
  private static Set<String> related(Draft d, EntityAnalysis entities) {
    Set<String> related = new java.util.HashSet<>();
    if (d.source().speaker().entity() != null) {
      related.add(d.source().speaker().entity());
    }
    Attribution a = d.attribution();
    if (a.hasSpeaker()) {
      entities.within(a.speakerStart(), a.speakerEnd())
          .forEach(l -> related.add(l.entity().name()));
    }
    int opening = Math.min(d.contentEnd(), d.contentStart() + 40);
    entities.within(d.contentStart(), opening).stream().findFirst()
        .filter(l -> l.mention().start() - d.contentStart() < 12)
        .ifPresent(l -> related.add(l.entity().name()));
    return related;
  }

  /** The claim's words outside its content: where and to whom it was said. */
  private static String setting(String text, Draft d) {
    return text.substring(d.start(), d.contentStart()) + " "
        + text.substring(d.contentEnd(), d.end());
  }

  private static boolean isParty(EntityType type) {
    return type == EntityType.PERSON || type == EntityType.ORGANIZATION;
  }

  private Source sourceOf(Attribution attribution, ClaimUnit unit, SpeakerResolver resolver,
      String text) {
    if (attribution.hasSpeaker() && reportingHedge(attribution)) {
      // "is said to", "are reported to": no one to resolve, the hedge is the source.
      return new Source(new Speaker(text.substring(attribution.speakerStart(),
          attribution.speakerEnd()), null, SpeakerKind.ANONYMOUS), null, null, false, false,
          unit.index());
    }
    if (attribution.hasSpeaker()) {
      return attribution.pattern() == Attribution.Pattern.NOMINAL
          ? resolver.resolveQuietly(attribution.speakerStart(), attribution.speakerEnd(),
              unit.tokens(), unit.index())
          : resolver.resolve(attribution.speakerStart(), attribution.speakerEnd(),
              unit.tokens(), unit.index());
    }
    if (attribution.pattern() == Attribution.Pattern.HEDGE
        && attribution.cue().toLowerCase(Locale.ROOT).startsWith("alleged")) {
      // "allegedly" goes on reporting the accuser just cited; "reportedly" cites unnamed reports.
      Optional<Source> last = resolver.lastSource()
          .filter(s -> unit.index() - s.unit() <= 4 && s.kind() != SpeakerKind.ANONYMOUS);
      if (last.isPresent()) {
        Source s = last.get();
        Source carried = new Source(s.speaker(), s.head(), s.gender(), s.plural(), s.legal(),
            unit.index());
        resolver.remember(carried);
        return carried;
      }
    }
    return new Source(new Speaker(null, null, SpeakerKind.ANONYMOUS), null, null, false, false,
        unit.index());
  }

  /** "is said to", "it was reported that": a passive verb of saying with no agent. */
  static boolean reportingHedge(Attribution attribution) {
    return attribution.pattern() == Attribution.Pattern.PASSIVE
        && attribution.kind() == Cue.Kind.NEUTRAL;
  }

  /**
   * A written speaker must be a name, a pronoun, or a noun for a person, group, organisation or
   * document: "neoliberalism rejects" and "according to taste" cite no one.
   */
  private static boolean plausible(Source source, Attribution attribution) {
    if (!attribution.hasSpeaker() || source.kind() != SpeakerKind.ANONYMOUS
        || source.speaker().entity() != null || source.head() == null) {
      return true;
    }
    if (attribution.pattern() == Attribution.Pattern.ACCORDING_TO) {
      return !SourceNouns.isIn(SourceNouns.NOT_SOURCES, source.head());
    }
    return SourceNouns.isPeople(source.head(), source.plural());
  }

  private static boolean mostlyQuoted(ClaimUnit unit) {
    int length = unit.end() - unit.start();
    return length > 0 && unit.quotedChars(unit.start(), unit.end()) >= 0.6 * length
        && unit.tokens().size() >= 5;
  }

  private static boolean hedged(ClaimUnit unit, int start, int end) {
    for (Token token : unit.tokens()) {
      if (token.start() >= start && token.end() <= end && HEDGE_WORDS.contains(token.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static QuoteKind quoteKind(ClaimUnit unit, int contentStart, int contentEnd) {
    int quoted = unit.quotedChars(contentStart, contentEnd);
    int length = Math.max(1, contentEnd - contentStart);
    if (quoted >= 0.8 * length) {
      return QuoteKind.DIRECT;
    }
    return quoted > 0 ? QuoteKind.MIXED : QuoteKind.INDIRECT;
  }

  /** Whether a denial's object is generic ("called the claims untrue"). */
  static boolean mentionsGenericObject(String content) {
    for (String word : content.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (GENERIC_OBJECTS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
