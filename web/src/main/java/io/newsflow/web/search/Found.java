package io.newsflow.web.search;

import java.util.List;

/**
 * One search result.
 *
 * @param url http(s) only, else null
 * @param snippet the passage that matched, its matching words marked
 */
public record Found(String id, String title, String url, String outlet, String published,
    List<Snippet> snippet) {

  /** A run of a snippet: matched words or the text around them. */
  public record Snippet(String text, boolean match) {}
}
