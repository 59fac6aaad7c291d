package io.newsflow.ingest.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Tag groups the extractor reasons with. */
final class Tags {
  /** Elements that start a new paragraph of text. */
  private static final Set<String> BLOCK =
      Set.of(
          "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr",
          "td", "th", "caption", "figure", "figcaption", "header", "footer", "address", "hr",
          "center", "details", "summary", "form", "fieldset", "aside", "nav", "body", "html",
          "hgroup", "dialog", "menu", "legend", "noscript", "iframe", "listing", "plaintext",
          "xmp", "frameset", "frame", "option", "optgroup", "select", "textarea", "video",
          "audio", "picture", "canvas", "svg", "object", "map", "amp-carousel", "br-block");

  /** Never text a reader sees as part of an article. */
  private static final Set<String> JUNK =
      Set.of(
          "script", "style", "template", "svg", "canvas", "iframe", "object",
          "embed", "video", "audio", "source", "track", "button", "select", "option", "input",
          "textarea", "nav", "aside", "figcaption", "dialog", "menu", "map", "link", "meta",
          "head", "title", "base", "frame", "frameset", "applet", "math", "picture", "img",
          "label", "datalist", "output", "progress", "meter");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private Tags() {}

  static boolean isBlock(Element e) {
    return BLOCK.contains(e.normalName());
  }

  static boolean isJunk(String name) {
    return JUNK.contains(name);
  }

  static boolean isHeading(String name) {
    return HEADINGS.contains(name);
  }
}
