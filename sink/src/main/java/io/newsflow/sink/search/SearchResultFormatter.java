package io.newsflow.sink.search;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Prints search results for a terminal: a table of the articles found and, when the search asked
 * for a stance, a table of the matching claims with their speaker and cue, numbered after the
 * article they come from.
 */
public final class SearchResultFormatter {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

  private SearchResultFormatter() {}

  public static String format(List<SearchHit> hits) {
    if (hits.isEmpty()) {
      return "No articles found.\n";
    }
    TextTable articles =
        new TextTable()
            .column("#", 4, true)
            .column("TIME (UTC)", 16)
            .column("SITE", 22)
            .column("TITLE", 60)
            .column("RANK", 5, true)
            .column("URL", 50);
    TextTable claims =
        new TextTable()
            .column("#", 4, true)
            .column("SPEAKER", 40)
            .column("CUE", 16)
            .column("CLAIM", 90);
    int n = 0;
    for (SearchHit hit : hits) {
      n++;
      // Without a query text there is no rank to show.
      articles.row(n, time(hit.time()), hit.site(), hit.title(),
          hit.rank() > 0 ? String.format(Locale.ROOT, "%.3f", hit.rank()) : "", hit.url());
      for (ClaimHit claim : hit.claims()) {
        claims.row(n, speaker(claim), claim.cue(), (claim.hedged() ? "(hedged) " : "")
            + claim.text());
      }
    }
    StringBuilder out = new StringBuilder(articles.render());
    if (!claims.isEmpty()) {
      out.append('\n').append(claims.render());
    }
    return out.toString();
  }

  private static String speaker(ClaimHit claim) {
    String text = claim.speaker() == null ? "" : claim.speaker();
    String entity = claim.speakerEntity();
    if (entity == null || entity.isBlank() || entity.equalsIgnoreCase(text)) {
      return text.isEmpty() && entity != null ? entity : text;
    }
    return text + " (" + entity + ")";
  }

  private static String time(OffsetDateTime time) {
    return time == null ? "" : TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }
}
