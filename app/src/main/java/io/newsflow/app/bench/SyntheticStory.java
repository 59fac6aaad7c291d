package io.newsflow.app.bench;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The {@code n}-th article of the synthetic publisher: fictional, different for every {@code n},
 * the same for the same {@code n} and seed, with the names, numbers, quotes, allegations and
 * denials an enrichment has to find. Version 2 adds a correction paragraph.
 */
record SyntheticStory(int n, int outlet, String slug, String title, String author,
    Instant published, List<String> paragraphs) {

  private static final String[] TOWNS = {"Tessaly", "Port Alder", "Wrenfield", "Calder Bay",
      "Morrow Heights", "Eastmere", "Lindholm", "Saltmarsh", "Brackwater", "Gull Island",
      "Harrowgate", "Ostrev"};
  private static final String[] FIRST = {"Ilse", "Tomas", "Delia", "Oren", "Pamela", "Sofia",
      "Marcus", "Nadia", "Kofi", "Hana", "Piet", "Celia", "Jonas", "Agnes", "Ruth", "Felix"};
  private static final String[] LAST = {"Marrow", "Brekke", "Marsh", "Vale", "Varga", "Lund",
      "Eddings", "Fenwick", "Mensah", "Pruett", "Anders", "Brandt", "Reeve", "Whitlow",
      "Okafor", "Amberley"};
  private static final String[] FIRMS = {"Corvia Mills", "Saltmarsh Lines", "Kestrel Freight",
      "Harbourlight Energy", "Northgate Water", "Alder Civic Trust", "Brightwater Transit",
      "Gull Island Ferries", "Clearbrook Analytics", "Ostrev Timber"};
  private static final String[] BODIES = {"the regional regulator", "the state auditor",
      "the council's finance committee", "the harbour authority", "the consumer ombudsman"};
  private static final String[] TOPICS = {"overcharging", "late repairs", "unsafe working hours",
      "a missing safety report", "water quality readings", "a tender process"};

  static SyntheticStory of(long seed, int n, int outlets, Instant published) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed * 1_000_003L + n);
    String town = pick(r, TOWNS);
    String firm = pick(r, FIRMS);
    String speaker = pick(r, FIRST) + " " + pick(r, LAST);
    String official = pick(r, FIRST) + " " + pick(r, LAST);
    String body = pick(r, BODIES);
    String topic = pick(r, TOPICS);
    int households = 200 + r.nextInt(5000);
    int millions = 1 + r.nextInt(40);
    String title = firm + " faces questions over " + topic + " in " + town;
    List<String> paragraphs = List.of(
        "Residents of " + town + " have accused " + firm + " of " + topic + " affecting "
            + households + " households, according to a complaint filed with " + body + ".",
        "\"We were told for months that everything was fine,\" said " + speaker + ", who "
            + "organised a petition signed by more than " + (households / 3) + " people.",
        firm + " denied the allegations. \"Every figure we published was checked twice,\" a "
            + "spokesperson for the company said in a statement, adding that it would cooperate "
            + "with any review.",
        official + ", who speaks for " + body + ", said the complaint would be examined within "
            + "four weeks and that no decision had been taken.",
        "The company reported revenue of $" + millions + " million last year. Its contract "
            + "with " + town + " runs until " + (2027 + r.nextInt(5)) + ".",
        "Story number " + n + " of the synthetic publisher, outlet " + (n % outlets) + ".");
    String slug = slug(title) + "-" + n;
    return new SyntheticStory(n, n % outlets, slug, title, pick(r, FIRST) + " " + pick(r, LAST),
        published, paragraphs);
  }

  /** Version 2: the same story with a correction at the end. */
  SyntheticStory updated() {
    List<String> more = new java.util.ArrayList<>(paragraphs);
    more.add("Correction: an earlier version of this article misstated the number of "
        + "households; the complaint concerns " + (n % 997 + 200) + " more than first reported.");
    return new SyntheticStory(n, outlet, slug, title, author, published, List.copyOf(more));
  }

  private static String pick(java.util.SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static String slug(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
