package io.newsflow.sink.search;

import io.newsflow.core.enrichment.EntityType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code newsflow top} asks for: the entities in the most articles of a time window.
 *
 * @param since only articles whose time (published, else fetched) is at or after this; or null
 * @param until only articles whose time is before this; or null
 * @param types the entity types to count; empty or null for {@link #NAMED_TYPES}
 * @param site only articles of this host or its subdomains ({@link SearchQuery#site}); or null
 * @param limit how many entities at most, 1 to {@value SearchQuery#MAX_LIMIT}
 */
public record TopEntitiesQuery(
    Instant since, Instant until, Set<EntityType> types, String site, int limit) {
  /** The types counted unless asked otherwise: names, not amounts, percentages or dates. */
  public static final Set<EntityType> NAMED_TYPES = Set.copyOf(EnumSet.of(
      EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC));

  public TopEntitiesQuery {
    types = types == null || types.isEmpty() ? NAMED_TYPES : Set.copyOf(types);
    site = SearchQuery.site(site);
    SearchQuery.checkLimit(limit);
    SearchQuery.checkWindow(since, until);
  }

  /** Every article, the named types, the default limit. */
  public static TopEntitiesQuery all() {
    return new TopEntitiesQuery(null, null, null, null, SearchQuery.DEFAULT_LIMIT);
  }

  /**
   * The entity types a user typed ({@code person}, {@code ORGANIZATION}), for {@code --type}.
   *
   * @throws IllegalArgumentException naming the valid types
   */
  public static Set<EntityType> types(Collection<String> names) {
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    for (String name : names) {
      types.add(type(name));
    }
    return types;
  }

  private static EntityType type(String text) {
    String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (EntityType type : EntityType.values()) {
      if (type.name().equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown entity type '" + text + "': use one of "
        + Arrays.stream(EntityType.values()).map(t -> t.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", ")));
  }
}
