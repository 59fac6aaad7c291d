package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns elements into text blocks, one per paragraph a reader sees: whitespace collapsed as a
 * browser does, a line break for {@code <br>}, preformatted text kept, and for each block the
 * share of its characters inside links and whether it is a heading.
 */
final class BlockWriter {

  /** One paragraph of text. */
  record Block(
      String text, String tag, int chars, int linkChars, boolean heading, boolean gapAfter) {
    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }

    Block withGapAfter() {
      return new Block(text, tag, chars, linkChars, heading, true);
    }
  }

  /** Text a left-out element must hold to count as a gap (something removed after a block). */
  private static final int GAP_CHARS = 100;

  private static final Pattern LINE_BREAKS = Pattern.compile(" *\n[ \n]*");
  private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \t]*\n)+");

  private BlockWriter() {}

  /**
   * @param roots the containers to write, in document order
   * @param skipped elements left out with what they hold
   * @param all measures of every element, to tell which left-out elements held text
   */
  static List<Block> write(List<Element> roots, Set<Element> skipped, TextStats all) {
    Collector c = new Collector();
    NodeFilter filter =
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e && skipped.contains(e)) {
              if (all.get(e).text >= GAP_CHARS) {
                c.gap();
              }
              return FilterResult.SKIP_ENTIRELY;
            }
            c.head(node, depth);
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            c.tail(node, depth);
            return FilterResult.CONTINUE;
          }
        };
    for (Element root : roots) {
      NodeTraversor.filter(filter, root);
      c.flush();
    }
    return c.blocks;
  }

  private static final class Collector implements NodeVisitor {
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    private final List<Element> openBlocks = new ArrayList<>();
    private int chars;
    private int linkChars;
    private int linkDepth;
    private int preDepth;
    private boolean preformatted;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
      } else if (node instanceof Element e) {
        if (e.nameIs("br")) {
          trimTrailingSpace();
          if (buf.length() > 0 && buf.charAt(buf.length() - 1) == '\n') {
            // Two line breaks in a row separate paragraphs.
            buf.setLength(buf.length() - 1);
            flush();
          } else if (buf.length() > 0) {
            buf.append('\n');
          }
          return;
        }
        if (Tags.isBlock(e)) {
          flush();
          openBlocks.add(e);
        }
        if (e.nameIs("a")) {
          linkDepth++;
        } else if (e.nameIs("pre")) {
          preDepth++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.nameIs("a")) {
          linkDepth--;
        } else if (e.nameIs("pre")) {
          preDepth--;
        }
        if (Tags.isBlock(e)) {
          flush();
          if (!openBlocks.isEmpty()) {
            openBlocks.remove(openBlocks.size() - 1);
          }
        }
      }
    }

    private void append(String s) {
      if (preDepth > 0) {
        preformatted = true;
        buf.append(s);
        int n = countVisible(s);
        chars += n;
        if (linkDepth > 0) {
          linkChars += n;
        }
        return;
      }
      for (int i = 0, len = s.length(); i < len; i++) {
        char c = s.charAt(i);
        if (c == '\u00ad' || c == '\ufeff' || c == '\u2060') {
          // Soft hyphens and invisible joiners: a reader does not see them.
          continue;
        }
        if (c <= ' ' || c == '\u00a0' || c == '\u2028' || c == '\u2029' || c == '\u200b') {
          if (c == '\u200b') {
            continue;
          }
          if (buf.length() > 0) {
            char last = buf.charAt(buf.length() - 1);
            if (last != ' ' && last != '\n') {
              buf.append(' ');
            }
          }
        } else {
          buf.append(c);
          chars++;
          if (linkDepth > 0) {
            linkChars++;
          }
        }
      }
    }

    private static int countVisible(String s) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) > ' ') {
          n++;
        }
      }
      return n;
    }

    private void trimTrailingSpace() {
      while (buf.length() > 0 && buf.charAt(buf.length() - 1) == ' ') {
        buf.setLength(buf.length() - 1);
      }
    }

    /** Something with text was left out here: the block before it introduced it, maybe. */
    void gap() {
      flush();
      if (!blocks.isEmpty()) {
        int last = blocks.size() - 1;
        blocks.set(last, blocks.get(last).withGapAfter());
      }
    }

    void flush() {
      if (chars > 0) {
        String text;
        if (preformatted) {
          text = LEADING_BLANK_LINES.matcher(buf).replaceFirst("").stripTrailing();
        } else {
          text = buf.toString().strip();
          if (text.indexOf('\n') >= 0) {
            text = LINE_BREAKS.matcher(text).replaceAll("\n");
          }
        }
        Element owner = openBlocks.isEmpty() ? null : openBlocks.get(openBlocks.size() - 1);
        String tag = owner == null ? "" : owner.normalName();
        blocks.add(new Block(text, tag, chars, linkChars, Tags.isHeading(tag), false));
      }
      buf.setLength(0);
      preformatted = false;
      chars = 0;
      linkChars = 0;
    }
  }
}
