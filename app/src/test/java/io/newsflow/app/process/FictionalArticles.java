package io.newsflow.app.process;

import io.newsflow.core.article.ExtractedArticle;
import io.newsflow.core.article.RawArticle;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Raw articles of a fictional town paper, each different, each with a named speaker, an
 * allegation and a denial, so that enrichment has people, organisations and claims to find.
 */
public final class FictionalArticles {
  private static final String[] TOWNS = {"Tessaly", "Port Alder", "Wrenfield", "Calder Bay",
      "Morrow Heights", "Eastmere", "Lindholm", "Saltmarsh"};
  private static final String[] PEOPLE = {"Ilse Marrow", "Tomas Brekke", "Delia Marsh",
      "Oren Vale", "Pamela Varga", "Sofia Lund", "Marcus Eddings", "Nadia Fenwick"};
  private static final String[] FIRMS = {"Corvia Mills", "Saltmarsh Lines", "Kestrel Freight",
      "Harbourlight Energy", "Northgate Water", "Alder Civic Trust"};

  private FictionalArticles() {}

  /** The {@code n}-th article, the same for the same {@code n} and {@code run}. */
  public static RawArticle raw(String run, int n) {
    String town = TOWNS[n % TOWNS.length];
    String person = PEOPLE[(n * 3) % PEOPLE.length];
    String firm = FIRMS[(n * 5) % FIRMS.length];
    String title = firm + " accused of overcharging " + town + " residents (" + run + " #" + n + ")";
    String text = "The council of " + town + " has accused " + firm + " of overcharging "
        + (1200 + n * 37) + " households for services it never delivered, according to "
        + "documents filed on Tuesday.\n\n"
        + "\"They billed families for repairs that were never made,\" said " + person
        + ", who chairs the council's finance committee.\n\n"
        + firm + " denied the allegations. \"Every invoice we sent was for work we did,\" a "
        + "spokesperson for the company said in a statement.\n\n"
        + "The committee will meet again on " + (n % 28 + 1) + " March to decide whether to "
        + "refer the matter to the regional regulator in " + TOWNS[(n + 3) % TOWNS.length] + ".";
    ExtractedArticle extracted = new ExtractedArticle(
        "https://" + town.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
            + "-courier.example/" + run + "/story-" + n + ".html",
        null, title, text, List.of("Staff reporter"),
        OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC).plusHours(n), null, "en",
        null, null, "Local", List.of(), town + " Courier", false);
    return RawArticle.of(extracted, "test:" + run, 1, Instant.now());
  }
}
