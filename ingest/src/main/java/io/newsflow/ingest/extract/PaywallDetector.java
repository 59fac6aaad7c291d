package io.newsflow.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Tells whether an article sits behind a paywall: JSON-LD {@code isAccessibleForFree: false} (on
 * the article or one of its parts), a locked or metered content tier in the meta tags, or an
 * element named like a paywall.
 */
final class PaywallDetector {
  private PaywallDetector() {}

  static boolean isPaywalled(PageIndex index, MetaTags meta, JsonLd ld) {
    for (JsonNode o : ld.objects()) {
      if (notFree(o.get("isAccessibleForFree"))) {
        return true;
      }
      JsonNode parts = o.get("hasPart");
      if (parts != null) {
        for (JsonNode p : parts.isArray() ? parts : java.util.List.of(parts)) {
          if (notFree(p.get("isAccessibleForFree"))) {
            return true;
          }
        }
      }
    }
    String tier = meta.first("article:content_tier", "content_tier");
    if (tier != null) {
      String t = tier.toLowerCase(Locale.ROOT);
      if (t.equals("locked") || t.equals("metered") || t.equals("premium")) {
        return true;
      }
    }
    return index.paywallMarker;
  }

  private static boolean notFree(JsonNode n) {
    if (n == null || n.isNull()) {
      return false;
    }
    if (n.isBoolean()) {
      return !n.asBoolean();
    }
    String s = n.asText().strip().toLowerCase(Locale.ROOT);
    return s.equals("false") || s.equals("no") || s.equals("0");
  }
}
