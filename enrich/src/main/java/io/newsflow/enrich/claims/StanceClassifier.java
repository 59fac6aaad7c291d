package io.newsflow.enrich.claims;

import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.enrich.lexicon.Lexicon;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides a claim's stance. The cue decides first ("alleges", "denied"; a negated cue flips:
 * "did not admit" denies, "did not deny" does not). Otherwise denial vocabulary ("untrue",
 * "meritless") or a negated statement answering an earlier allegation make a denial; a lawsuit,
 * filing or plaintiff, a hedge, or an accusation of wrongdoing makes an allegation; anything
 * else is an assertion.
 */
final class StanceClassifier {

  private static final Pattern DENIAL_WORDS =
      Pattern.compile(
          "\\b(untrue|not true|false|falsely|baseless|meritless|without merit|no merit"
              + "|unfounded|groundless|inaccurate|misleading|fabricated|fabrication|nonsense"
              + "|categorically|lies|a lie|smear|defamatory|deny|denies|rejects?"
              + "|refutes?|disputes?|no evidence|did nothing wrong|no wrongdoing|fake news"
              + "|ridiculous|absurd|mischaracteri[sz]e|fantasy|fiction|fictitious|contradict\\w*"
              + "|distort\\w*|misrepresent\\w*|no basis|no record|out of context|nothing wrong"
              + "|not guilty|innocent)\\b");
  private static final Pattern NEGATION =
      Pattern.compile("\\b(not|never|no|none|nothing|neither|nor)\\b|n[’']t\\b");
  private static final Pattern WRONGDOING =
      Pattern.compile(
          "\\b(fraud|fraudulent\\w*|defraud\\w*|brib(ed|es|ing|ery)|embezzl\\w+|launder(ed|ing)"
              + "|extort\\w*|rigged|collud\\w+|conspired|lied|stole|covered up|cover-up"
              + "|misled|violated|illegally|unlawfully|harassed|assaulted|abused|broke the law"
              + "|wrongdoing|anti-competitive|anticompetitive|kickbacks?|bribes?|hid|hidden|hiding"
              + "|conceal\\w*|ignored|falsif\\w+|cheat\\w*|poison\\w*|dump\\w*|scheme|steered"
              + "|divert\\w*|misused|misappropriat\\w+|pocketed|manipulat\\w+|stolen|theft"
              + "|corrupt\\w*|negligen\\w+|knew about|kept secret|misconduct|failings"
              + "|fail(ed|ing)? to (tell|report|disclose|protect|act|warn|pay|notify|inform)"
              + "|unlawful|illegal|breach(ed|es|ing)?|in breach|without (proper |their |prior )?"
              + "(consent|permission|warning|authori[sz]ation)|quid pro quo|overstat\\w+"
              + "|plagiar\\w+|copied|espionage|spying|spied|deceiv\\w+|deception|deceptive"
              + "|lying|intimidat\\w+|retaliat\\w+|knowingly|deliberately|shell (firms|companies)"
              + "|(avoid|evad)\\w* (paying )?tax\\w*|tax evasion|broken the law|breaking the law"
              + "|misleading|let down|preventable|cover(ed|ing)? up|abus(e|ed|ing)|beat(ing|en)"
              + "|opened fire)\\b");
  /** Cues of a finding: what an inquiry or an investigation found is an allegation. */
  private static final Pattern FINDING = Pattern.compile("^(f[io]und|conclu\\w+|show\\w*"
      + "|reveal\\w*|determin\\w+)$");
  /** A claim made in court or in a filing: "argued in the filing", "told the jury". */
  private static final Pattern LEGAL_SETTING =
      Pattern.compile(
          "\\b(in (the|a|its|their|his|her) (filing|lawsuit|suit|complaint|indictment|motion"
              + "|court papers|court filing|petition|brief)|in court papers|told (the )?(jury|jurors"
              + "|court)|in (his|her|their) opening statement|in closing arguments)\\b");
  private static final Set<String> STOP = Lexicon.ALLEGATION_STOP_WORDS.words();

  /**
   * The article's allegations: their content words, and the parties they accuse with the
   * position of the first claim that accuses each.
   */
  record Allegations(Collection<Set<String>> words, java.util.Map<String, Integer> accused) {
    static final Allegations NONE = new Allegations(java.util.List.of(), java.util.Map.of());

    /** Whether {@code party} had been accused before the claim at {@code position}. */
    boolean accusedBefore(String party, int position) {
      Integer first = accused.get(party);
      return first != null && first < position;
    }
  }

  /**
   * @param related the parties the claim speaks for (see {@code ClaimExtractor})
   * @param position the claim's position in the article: a party answers only the allegations
   *     made against it before
   */
  Stance classify(Attribution attribution, Source source, String content, boolean hedged,
      Allegations allegations, Set<String> related, String setting, int position) {
    String lower = content.toLowerCase(Locale.ROOT);
    switch (attribution.kind()) {
      case DENY:
        return attribution.negated() ? Stance.ASSERTION : Stance.DENIAL;
      case ALLEGE:
        if (attribution.pattern() != Attribution.Pattern.HEDGE) {
          return attribution.negated() ? Stance.DENIAL : Stance.ALLEGATION;
        }
        break;
      case ADMIT:
        if (attribution.negated()) {
          return Stance.DENIAL;
        }
        break;
      default:
        if (attribution.negated()) {
          break;
        }
    }
    // What a lawsuit, a filing or a plaintiff says, and what the article hedges, is alleged.
    boolean legalSource = source != null && source.legal();
    if (legalSource || hedged || attribution.pattern() == Attribution.Pattern.HEDGE
        || ClaimExtractor.reportingHedge(attribution)) {
      return Stance.ALLEGATION;
    }
    boolean negated = NEGATION.matcher(lower).find();
    boolean finding = attribution.cue() != null
        && FINDING.matcher(attribution.cue().toLowerCase(Locale.ROOT)).matches();
    if (finding && !negated && WRONGDOING.matcher(lower).find()) {
      return Stance.ALLEGATION; // "the report found the trust had given misleading information"
    }
    if (DENIAL_WORDS.matcher(lower).find()) {
      return Stance.DENIAL;
    }
    if (negated && WRONGDOING.matcher(lower).find()) {
      return Stance.DENIAL; // "we never hid", "did not take a bribe": denying wrongdoing
    }
    if (negated && related.stream().anyMatch(p -> allegations.accusedBefore(p, position))) {
      return Stance.DENIAL;
    }
    if (negated && answersAllegation(lower, allegations.words(), 3)) {
      return Stance.DENIAL;
    }
    if (!negated && LEGAL_SETTING.matcher(setting.toLowerCase(Locale.ROOT)).find()) {
      return Stance.ALLEGATION;
    }
    if (WRONGDOING.matcher(lower).find() && (source == null
        || source.kind() != SpeakerKind.DOCUMENT || legalSource || finding)) {
      return Stance.ALLEGATION;
    }
    return Stance.ASSERTION;
  }

  /** A negated statement answers an allegation when they share {@code min} content words. */
  private static boolean answersAllegation(
      String content, Collection<Set<String>> allegations, int min) {
    Set<String> words = contentWords(content);
    for (Set<String> allegation : allegations) {
      long shared = words.stream().filter(allegation::contains).count();
      if (shared >= min) {
        return true;
      }
    }
    return false;
  }

  static Set<String> contentWords(String text) {
    Set<String> words = new java.util.HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() > 2 && !STOP.contains(word)) {
        words.add(word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1)
            : word);
      }
    }
    return words;
  }
}
