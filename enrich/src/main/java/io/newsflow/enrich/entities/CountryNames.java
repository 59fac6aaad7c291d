package io.newsflow.enrich.entities;

import io.newsflow.core.enrichment.EntityType;
import io.newsflow.enrich.nlp.AnalysedText;
import io.newsflow.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * States whose names join two names with "and" ("Trinidad and Tobago"): the tagger makes two
 * places of them, and no rule on the shape of the words can tell them from a list of two places
 * ("France and Spain"), so the few there are are listed.
 */
final class CountryNames {
  private CountryNames() {}

  private static final Pattern JOINED_STATES = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:Antigua and Barbuda|Trinidad and Tobago|Bosnia and Herzegovina"
          + "|(?:Saint|St\\.?) Kitts and Nevis|(?:Saint|St\\.?) Vincent and the Grenadines"
          + "|S[ãa]o Tom[ée] and Pr[íi]ncipe|Turks and Caicos(?: Islands)?"
          + "|Wallis and Futuna|(?:Saint|St\\.?) Pierre and Miquelon)(?![\\p{L}\\p{N}])");

  /** Each occurrence that starts and ends on token boundaries, as one place. */
  static List<NameMention> find(AnalysedText text) {
    List<NameMention> found = new ArrayList<>();
    Matcher m = JOINED_STATES.matcher(text.text());
    if (!m.find()) {
      return found;
    }
    Map<Integer, Token> byStart = new HashMap<>();
    Map<Integer, Token> byEnd = new HashMap<>();
    for (Token token : text.tokens()) {
      byStart.put(token.start(), token);
      byEnd.put(token.end(), token);
    }
    do {
      Token first = byStart.get(m.start());
      Token last = byEnd.get(m.end());
      if (first != null && last != null && first.sentence() == last.sentence()) {
        NameMention mention =
            TaggedNameFinder.mention(text, first, last, EntityType.LOCATION, true);
        if (mention != null) {
          found.add(mention);
        }
      }
    } while (m.find());
    return found;
  }
}
