package io.newsflow.enrich.claims;

import io.newsflow.core.enrichment.ClaimType;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A first guess at Full Fact's claim type from surface cues: numbers and amounts make a
 * quantity, future tense a prediction, "because" a causal claim, laws and rules a rule, first
 * person experience a personal claim.
 */
final class ClaimTypeClassifier {
  private static final Pattern QUANTITY =
      Pattern.compile(
          "[$£€¥]\\s?\\d|\\d+(\\.\\d+)?\\s?(%|percent|per cent|million|billion|trillion)"
              + "|\\b(doubled|tripled|halved|increase[ds]?|decrease[ds]?|rose|fell|grew)\\b.*\\d");
  private static final Pattern PREDICTION =
      Pattern.compile(
          "\\b(will|won[’']t|going to|expects?|expected to|forecasts?|predicts?|likely to"
              + "|set to|on track to|poised to)\\b");
  private static final Pattern CAUSAL =
      Pattern.compile(
          "\\b(because|caused|causes|causing|due to|led to|leads to|as a result|result of"
              + "|resulted in|blamed|thanks to|responsible for|contributed to)\\b");
  private static final Pattern RULE =
      Pattern.compile(
          "\\b(law|laws|legal|illegal|illegally|unlawful|regulations?|rules?|banned|bans?"
              + "|unconstitutional|statute|mandatory|required to|prohibit\\w*|violat\\w+)\\b");
  private static final Pattern PERSONAL =
      Pattern.compile("\\b(i|i'm|i’m|my|me|i've|i’ve)\\b");

  ClaimType classify(String content) {
    String lower = content.toLowerCase(Locale.ROOT);
    if (QUANTITY.matcher(lower).find()) {
      return ClaimType.QUANTITY;
    }
    if (PREDICTION.matcher(lower).find()) {
      return ClaimType.PREDICTION;
    }
    if (CAUSAL.matcher(lower).find()) {
      return ClaimType.CAUSAL;
    }
    if (RULE.matcher(lower).find()) {
      return ClaimType.RULE;
    }
    if (PERSONAL.matcher(lower).find()) {
      return ClaimType.PERSONAL;
    }
    return ClaimType.OTHER;
  }
}
