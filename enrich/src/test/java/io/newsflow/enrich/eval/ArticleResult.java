package io.newsflow.enrich.eval;

import io.newsflow.core.enrichment.Enrichment;
import java.util.List;

/** What the enricher found in one gold article and how it scores. */
record ArticleResult(GoldArticle article, Enrichment enrichment, ClaimTally strict,
    ClaimTally lenient, List<ClaimMatching.Pair> lenientPairs, EntityTally entities) {

  static ArticleResult of(GoldArticle article, Enrichment enrichment) {
    ClaimMatching matching = new ClaimMatching(article.text());
    List<ClaimMatching.Pair> strictPairs =
        matching.match(article.claims(), enrichment.claims(), ClaimMatching.Variant.STRICT);
    List<ClaimMatching.Pair> lenientPairs =
        matching.match(article.claims(), enrichment.claims(), ClaimMatching.Variant.LENIENT);
    return new ArticleResult(article, enrichment,
        ClaimTally.of(article.claims(), enrichment.claims(), strictPairs),
        ClaimTally.of(article.claims(), enrichment.claims(), lenientPairs), lenientPairs,
        EntityTally.of(article.mentions(), enrichment.entities()));
  }
}
