package io.newsflow.enrich.claims;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.QuoteKind;
import io.newsflow.core.enrichment.Speaker;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.enrich.entities.EntityAnalysis;
import io.newsflow.enrich.entities.FirstNames;
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
  private static final Set<String> HEDGE_WORDS =
      Set.of("allegedly", "reportedly", "purportedly", "supposedly", "ostensibly");
  private static final Set<String> GENERIC_OBJECTS =
      Set.of("claims", "claim", "allegations", "allegation", "accusations", "accusation",
          "charges", "complaint", "lawsuit", "report", "reports", "suggestion", "suggestions");

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
    SpeakerResolver resolver = new SpeakerResolver(text, entities, firstNames);
    List<Claim> claims = new ArrayList<>();
    Map<Integer, java.util.Set<String>> allegations = new LinkedHashMap<>();
    Map<Integer, java.util.Set<String>> contentWords = new LinkedHashMap<>();
    List<String> allegationTexts = new ArrayList<>();
    int lastClaimUnit = -10;
    Source pending = null;
    for (ClaimUnit unit : units) {
      if (!unit.narrative()) {
        continue;
      }
      Optional<Attribution> found = attributions.find(unit);
      Source source;
      Attribution attribution;
      if (found.isPresent()) {
        attribution = found.get();
        source = sourceOf(attribution, unit, resolver);
      } else {
        Optional<Source> previous = pending != null ? Optional.of(pending)
            : lastClaimUnit == unit.index() - 1 ? resolver.lastSource() : Optional.empty();
        if (previous.isEmpty() || !mostlyQuoted(unit)) {
          pending = null;
          continue;
        }
        source = previous.get();
        resolver.remember(source);
        attribution = new Attribution(Attribution.Pattern.CONTINUATION, null, Cue.Kind.NEUTRAL,
            false, -1, -1, unit.start(), unit.end());
      }
      if (!plausible(source, attribution)) {
        continue;
      }
      int contentStart = Math.max(unit.start(), attribution.contentStart());
      int contentEnd = Math.min(unit.end(), Math.max(contentStart, attribution.contentEnd()));
      String content = text.substring(contentStart, contentEnd);
      if (content.codePoints().noneMatch(Character::isLetter)) {
        // "Smith said:" with the quotation in the next paragraph.
        pending = source;
        continue;
      }
      pending = null;
      boolean hedged = hedged(unit);
      Stance stance = stances.classify(attribution, source, content, hedged,
          new StanceClassifier.Allegations(allegations.values(), allegationTexts));
      int seq = claims.size() + 1;
      contentWords.put(seq, StanceClassifier.contentWords(content));
      if (stance == Stance.ALLEGATION) {
        allegations.put(seq, contentWords.get(seq));
        allegationTexts.add(text.substring(unit.start(), unit.end()));
      }
      claims.add(new Claim(seq, text.substring(unit.start(), unit.end()), unit.start(),
          unit.end(), stance, source.speaker(), attribution.cue(),
          quoteKind(unit, contentStart, contentEnd), hedged, null, types.classify(content)));
      lastClaimUnit = unit.index();
    }
    return DenialLinker.link(claims, contentWords);
  }

  private Source sourceOf(Attribution attribution, ClaimUnit unit, SpeakerResolver resolver) {
    if (attribution.hasSpeaker()) {
      return resolver.resolve(attribution.speakerStart(), attribution.speakerEnd(),
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

  /**
   * A written speaker must be a name, a pronoun, or a noun for a person, group, organisation or
   * document: "neoliberalism rejects" and "according to taste" cite no one.
   */
  private static boolean plausible(Source source, Attribution attribution) {
    if (!attribution.hasSpeaker() || source.kind() != SpeakerKind.ANONYMOUS
        || source.speaker().entity() != null || source.head() == null) {
      return true;
    }
    return SourceNouns.isIn(SourceNouns.ANONYMOUS, source.head());
  }

  private static boolean mostlyQuoted(ClaimUnit unit) {
    int length = unit.end() - unit.start();
    return length > 0 && unit.quotedChars(unit.start(), unit.end()) >= 0.6 * length
        && unit.tokens().size() >= 5;
  }

  private static boolean hedged(ClaimUnit unit) {
    for (Token token : unit.tokens()) {
      if (HEDGE_WORDS.contains(token.word().toLowerCase(Locale.ROOT))) {
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
