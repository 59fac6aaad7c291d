package io.newsflow.ingest.discover;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Repairs the defects that make real feeds and sitemaps ill-formed XML, before an XML parser sees
 * them: text before the prolog or after the root element, characters XML forbids, HTML named
 * entities, unescaped ampersands and less-than signs, and a DOCTYPE that only names an external
 * DTD (RSS 0.91 carries one; it is dropped, never fetched). A DOCTYPE with an internal subset can
 * define entities, which is how external-entity and entity-expansion attacks work: it is refused.
 */
final class XmlRepair {
  private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
  private static final Pattern PROLOG = Pattern.compile("<\\?xml\\s");
  private static final Pattern FIRST_MARKUP = Pattern.compile("<[A-Za-z_!?]");
  private static final Pattern ROOT_START = Pattern.compile("<[A-Za-z_]");
  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_ROOT =
      Pattern.compile("^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(?:<!DOCTYPE\\s+html\\b|<html\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private XmlRepair() {}

  /** Whether {@code text} is an HTML page rather than XML, looked at from its first markup. */
  static boolean looksLikeHtml(String text) {
    return HTML_ROOT.matcher(text).lookingAt();
  }

  /**
   * The repaired document.
   *
   * @throws DiscoveryException when the document has no markup or declares entities
   */
  static String repair(String text, String source) {
    String s = trimToMarkup(text, source);
    s = dropExternalDoctype(s, source);
    return escapeStrays(s);
  }

  /** Drops what comes before the prolog (or the first element) and after the last tag. */
  static String trimToMarkup(String text, String source) {
    int start;
    Matcher prolog = PROLOG.matcher(text);
    if (prolog.find()) {
      start = prolog.start();
    } else {
      Matcher markup = FIRST_MARKUP.matcher(text);
      if (!markup.find()) {
        throw new DiscoveryException(source, "no XML markup in the document");
      }
      start = markup.start();
    }
    int end = text.lastIndexOf('>') + 1;
    if (end <= start) {
      throw new DiscoveryException(source, "no XML markup in the document");
    }
    return text.substring(start, end);
  }

  private static String dropExternalDoctype(String s, String source) {
    // A DOCTYPE can only stand in the prolog, before the root element's start tag.
    Matcher root = ROOT_START.matcher(s);
    int prologEnd = root.find() ? root.start() : s.length();
    Matcher m = DOCTYPE.matcher(s).region(0, prologEnd);
    if (!m.find()) {
      return s;
    }
    int close = s.indexOf('>', m.end());
    int subset = s.indexOf('[', m.end());
    if (subset >= 0 && (close < 0 || subset < close)) {
      throw new DiscoveryException(
          source,
          "refused a DOCTYPE with an internal subset: it can declare entities (external-entity "
              + "or entity-expansion attack)");
    }
    if (close < 0) {
      throw new DiscoveryException(source, "unterminated DOCTYPE declaration");
    }
    return s.substring(0, m.start()) + s.substring(close + 1);
  }

  /**
   * Escapes stray ampersands and less-than signs, turns HTML named entities into character
   * references and drops characters XML 1.0 forbids. CDATA sections, comments and processing
   * instructions are copied untouched.
   */
  static String escapeStrays(String s) {
    StringBuilder out = new StringBuilder(s.length() + 64);
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '<') {
        int end = verbatimEnd(s, i);
        if (end > 0) {
          out.append(s, i, end);
          i = end;
        } else if (i + 1 < n && startsMarkup(s.charAt(i + 1))) {
          out.append(c);
          i++;
        } else {
          out.append("&lt;");
          i++;
        }
      } else if (c == '&') {
        i = appendReference(s, i, out);
      } else if (isForbidden(c)) {
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The end of the CDATA section, comment or processing instruction at {@code i}, else -1. */
  private static int verbatimEnd(String s, int i) {
    String close;
    if (s.startsWith("<![CDATA[", i)) {
      close = "]]>";
    } else if (s.startsWith("<!--", i)) {
      close = "-->";
    } else if (s.startsWith("<?", i)) {
      close = "?>";
    } else {
      return -1;
    }
    int end = s.indexOf(close, i + 2);
    // An unterminated section is left to the parser to report.
    return end < 0 ? -1 : end + close.length();
  }

  private static boolean startsMarkup(char c) {
    return Character.isLetter(c) || c == '_' || c == ':' || c == '/' || c == '!' || c == '?';
  }

  private static int appendReference(String s, int i, StringBuilder out) {
    int semi = s.indexOf(';', i + 1);
    if (semi > i + 1 && semi - i <= 40) {
      String name = s.substring(i + 1, semi);
      if (name.startsWith("#")) {
        int cp = codePoint(name);
        if (cp >= 0) {
          if (isAllowed(cp)) {
            out.append(s, i, semi + 1);
          }
          return semi + 1;
        }
      } else if (XML_ENTITIES.contains(name)) {
        out.append(s, i, semi + 1);
        return semi + 1;
      } else if (name.chars().allMatch(Character::isLetterOrDigit)
          && Entities.isNamedEntity(name)) {
        Entities.getByName(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
        return semi + 1;
      }
    }
    out.append("&amp;");
    return i + 1;
  }

  private static int codePoint(String ref) {
    try {
      String lower = ref.toLowerCase(Locale.ROOT);
      if (lower.startsWith("#x")) {
        return lower.length() > 2 && lower.length() <= 8 ? Integer.parseInt(lower.substring(2), 16)
            : -1;
      }
      return ref.length() > 1 && ref.length() <= 9 ? Integer.parseInt(ref.substring(1)) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean isForbidden(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
  }

  private static boolean isAllowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
        || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
  }
}
