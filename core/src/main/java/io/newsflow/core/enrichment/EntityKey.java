package io.newsflow.core.enrichment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The stable key of an entity across articles: its type and its canonical name folded to lower
 * case ASCII, for example {@code organization:netflix} or {@code person:elon-musk}.
 */
public final class EntityKey {
  private EntityKey() {}

  public static String of(EntityType type, String canonicalName) {
    String folded =
        Normalizer.normalize(canonicalName == null ? "" : canonicalName, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("['’`]", "")
            .replaceAll("[^\\p{L}\\p{N}$%.]+", "-")
            .replaceAll("^-+|-+$", "");
    return type.name().toLowerCase(Locale.ROOT) + ":" + folded;
  }
}
