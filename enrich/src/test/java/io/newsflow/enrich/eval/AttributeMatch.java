package io.newsflow.enrich.eval;

import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.Speaker;
import io.newsflow.core.enrichment.SpeakerKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the speaker and cue of a matched prediction agree with the gold claim. Texts agree when
 * one's words, lower-cased and without a possessive "'s", appear as a contiguous run in the
 * other's: "Varga" agrees with "Lena Varga" and "Varga's office", "he" does not agree with "the
 * minister".
 */
final class AttributeMatch {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private AttributeMatch() {}

  /**
   * The brief's speaker measure: the predicted speaker's text or entity agrees with the gold
   * source as written or with its canonical entity.
   */
  static boolean speakerRight(GoldClaim gold, Claim predicted) {
    Speaker s = predicted.speaker();
    if (s == null) {
      return false;
    }
    for (String p : new String[] {s.text(), s.entity()}) {
      for (String g : new String[] {gold.source(), gold.sourceEntity()}) {
        if (agree(p, g)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The stricter measure: the speaker resolves to the gold entity (a pronoun that is right as
   * text but resolved to the wrong person fails); an anonymous gold source needs an anonymous
   * prediction or one without entity whose text agrees.
   */
  static boolean speakerEntityRight(GoldClaim gold, Claim predicted) {
    Speaker s = predicted.speaker();
    if (s == null) {
      return false;
    }
    if (gold.sourceEntity() == null) {
      return s.kind() == SpeakerKind.ANONYMOUS
          || (s.entity() == null && agree(s.text(), gold.source()));
    }
    return agree(s.entity() != null ? s.entity() : s.text(), gold.sourceEntity());
  }

  static boolean cueRight(GoldClaim gold, Claim predicted) {
    return agree(predicted.cue(), gold.cue());
  }

  static boolean agree(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return x.size() <= y.size() ? Collections.indexOfSubList(y, x) >= 0
        : Collections.indexOfSubList(x, y) >= 0;
  }

  private static List<String> words(String s) {
    String folded = s.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "");
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(folded);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
