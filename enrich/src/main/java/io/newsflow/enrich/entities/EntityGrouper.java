package io.newsflow.enrich.entities;

import io.newsflow.core.enrichment.Entity;
import io.newsflow.core.enrichment.EntityKey;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.enrichment.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups mentions into entities: a surname joins its full name, names that differ only by a
 * leading "The" join, money and dates join by normalised value. Each entity gets one canonical
 * name (the fullest, most frequent form) and a salience in [0, 1] from how often, how early and
 * whether in the title it is named.
 */
final class EntityGrouper {

  List<Entity> group(
      List<NameMention> names, List<NumericMention> numbers, String title, int textLength) {
    Map<String, String> fullNames = fullPersonNames(names);
    Map<String, String> shortOrganisations = shortOrganisations(names);
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    Map<String, EntityType> types = new HashMap<>();
    Map<String, String> normalizedOf = new HashMap<>();
    for (NameMention m : names) {
      String key = m.type() + "|" + groupKey(m, fullNames, shortOrganisations);
      groups.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Mention(m.text(), m.start(), m.end(), null));
      types.put(key, m.type());
    }
    for (NumericMention n : numbers) {
      String value = n.normalized() == null ? DocumentConsistency.nameKey(n.text()) : n
          .normalized();
      String key = n.type() + "|" + value;
      groups.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Mention(n.text(), n.start(), n.end(), n.normalized()));
      types.put(key, n.type());
      normalizedOf.put(key, n.normalized());
    }
    int maxCount = groups.values().stream().mapToInt(List::size).max().orElse(1);
    String foldedTitle = title == null ? "" : fold(title);
    List<Entity> entities = new ArrayList<>();
    groups.forEach(
        (key, mentions) -> {
          EntityType type = types.get(key);
          mentions.sort(Comparator.comparingInt(Mention::start));
          String canonical = canonical(mentions);
          String normalized = normalizedOf.get(key);
          double salience =
              salience(type, mentions, maxCount, textLength, inTitle(foldedTitle, mentions));
          String stable = normalized != null ? normalized : canonical;
          entities.add(
              new Entity(EntityKey.of(type, stable), canonical, type, mentions.size(), salience,
                  normalized, mentions));
        });
    entities.sort(Comparator.comparingDouble(Entity::salience).reversed()
        .thenComparing(e -> e.mentions().get(0).start()));
    return entities;
  }

  /** Single-word person mentions that are the first or last word of exactly one full name. */
  private static Map<String, String> fullPersonNames(List<NameMention> names) {
    Map<String, String> byPart = new HashMap<>();
    Map<String, Integer> claims = new HashMap<>();
    for (NameMention m : names) {
      String[] words = m.text().split("\\s+");
      if (m.type() == EntityType.PERSON && words.length > 1) {
        String full = DocumentConsistency.personKey(DocumentConsistency.nameKey(m.text()));
        List<String> parts = new ArrayList<>(List.of(words[0], words[words.length - 1]));
        if (words.length > 2) {
          // "Van Loon" for "Pieter Van Loon"
          parts.add(words[words.length - 2] + " " + words[words.length - 1]);
        }
        for (String part : parts) {
          String key = DocumentConsistency.nameKey(part);
          if (!full.equals(byPart.get(key))) {
            claims.merge(key, 1, Integer::sum);
          }
          byPart.put(key, full);
        }
      }
    }
    claims.forEach((part, count) -> {
      if (count > 1) {
        byPart.remove(part);
      }
    });
    return byPart;
  }

  private static String groupKey(
      NameMention m, Map<String, String> fullNames, Map<String, String> shortOrganisations) {
    String key = DocumentConsistency.nameKey(m.text());
    if (m.type() == EntityType.PERSON) {
      return key.contains(" ")
          ? fullNames.getOrDefault(key, DocumentConsistency.personKey(key))
          : fullNames.getOrDefault(key, key);
    }
    if (m.type() == EntityType.ORGANIZATION) {
      return shortOrganisations.getOrDefault(key, key);
    }
    return key;
  }

  /**
   * "Harbor Lane" for "Harbor Lane Motors": a shorter organisation name that is the start of a
   * longer one whose remaining words are corporate designators.
   */
  private static Map<String, String> shortOrganisations(List<NameMention> names) {
    java.util.Set<String> organisations = new java.util.HashSet<>();
    for (NameMention m : names) {
      if (m.type() == EntityType.ORGANIZATION) {
        organisations.add(DocumentConsistency.nameKey(m.text()));
      }
    }
    Map<String, String> shortToLong = new HashMap<>();
    for (String full : organisations) {
      String[] words = full.split(" ");
      for (int cut = words.length - 1; cut >= 1; cut--) {
        if (!CorporateNames.isDesignator(words[cut])) {
          break;
        }
        String shorter = String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut));
        if (organisations.contains(shorter)) {
          shortToLong.putIfAbsent(shorter, full);
        }
      }
    }
    return shortToLong;
  }

  /** The form with the most words, then the most frequent, then the first. */
  private static String canonical(List<Mention> mentions) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      counts.merge(m.text(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> e.getKey().split("\\s+")
                .length)
            .thenComparingInt(Map.Entry::getValue))
        .orElseThrow()
        .getKey();
  }

  private static double salience(
      EntityType type, List<Mention> mentions, int maxCount, int textLength, boolean inTitle) {
    double frequency = Math.log1p(mentions.size()) / Math.log1p(Math.max(maxCount, 1));
    double earliness = 1.0 - (double) mentions.get(0).start() / Math.max(textLength, 1);
    double score = 0.45 * frequency + 0.25 * earliness + (inTitle ? 0.3 : 0.0);
    if (type == EntityType.DATE || type == EntityType.MONEY || type == EntityType.PERCENT) {
      score *= 0.5;
    }
    return Math.round(Math.max(0.0, Math.min(1.0, score)) * 1000) / 1000.0;
  }

  private static boolean inTitle(String foldedTitle, List<Mention> mentions) {
    if (foldedTitle.isEmpty()) {
      return false;
    }
    for (Mention m : mentions) {
      String name = fold(m.text());
      if (!name.isBlank() && (" " + foldedTitle + " ").contains(" " + name + " ")) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}$%]+", " ").trim();
  }
}
