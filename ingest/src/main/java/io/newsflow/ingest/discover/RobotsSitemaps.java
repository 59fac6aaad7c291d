package io.newsflow.ingest.discover;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The sitemaps a robots.txt names in its {@code Sitemap:} lines, read by crawler-commons. */
public final class RobotsSitemaps {
  private RobotsSitemaps() {}

  /**
   * The sitemap URLs of {@code robotsTxt}, absolute (relative ones resolved against {@code
   * robotsUrl}), http(s) only, without fragments, de-duplicated, in file order. A file that is not
   * a robots.txt yields none.
   */
  public static List<String> parse(byte[] robotsTxt, String robotsUrl) {
    if (robotsTxt == null || robotsTxt.length == 0) {
      return List.of();
    }
    SimpleRobotRules rules =
        new SimpleRobotRulesParser().parseContent(
            robotsUrl, robotsTxt, "text/plain", List.of("newsflow"));
    Set<String> sitemaps = new LinkedHashSet<>();
    for (String sitemap : rules.getSitemaps()) {
      String url = LinkUrls.resolve(robotsUrl, sitemap);
      if (url != null) {
        sitemaps.add(url);
      }
    }
    return List.copyOf(sitemaps);
  }
}
