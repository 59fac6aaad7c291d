package io.newsflow.ingest.extract;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds an article's language as an ISO 639 primary subtag ("en", "pt"): the one the page declares
 * ({@code <html lang>}, Content-Language, og:locale, JSON-LD inLanguage), else the one detected
 * in the text. Detection uses Optimaize's n-gram detector (70 built-in profiles, no native code,
 * about a millisecond per page on the first 2,000 characters), loaded on first use.
 */
final class LanguageFinder {
  private static final Pattern TAG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$");
  private static final int DETECT_CHARS = 2000;
  private static final int MIN_DETECT_CHARS = 40;
  private static final double MIN_PROBABILITY = 0.8;

  private LanguageFinder() {}

  /** The language the page declares, or null. */
  static String declared(PageIndex index, MetaTags meta, JsonLd ld) {
    Element html = index.html;
    String lang = html == null ? null : primary(html.attr("lang"));
    if (lang == null && html != null) {
      lang = primary(html.attr("xml:lang"));
    }
    if (lang == null) {
      lang = primary(meta.first("content-language", "language", "dc.language", "og:locale"));
    }
    if (lang == null) {
      lang = primary(ld.articleText("inLanguage"));
    }
    return lang;
  }

  /** The language detected in {@code text}, or null when the text is too short or unclear. */
  static String detect(String text) {
    if (text == null || text.length() < MIN_DETECT_CHARS) {
      return null;
    }
    String sample = text.length() > DETECT_CHARS ? text.substring(0, DETECT_CHARS) : text;
    List<DetectedLanguage> found =
        Detector.DETECTOR.getProbabilities(Detector.TEXT.forText(sample));
    if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
      return null;
    }
    return found.get(0).getLocale().getLanguage();
  }

  static String primary(String tag) {
    if (tag == null) {
      return null;
    }
    String t = tag.strip();
    var m = TAG.matcher(t);
    if (!m.matches()) {
      return null;
    }
    String p = m.group(1).toLowerCase(Locale.ROOT);
    return p.equals("xx") || p.equals("und") ? null : p;
  }

  /** Loaded on first use: reading the profiles takes about a second. */
  private static final class Detector {
    static final LanguageDetector DETECTOR = build();
    static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

    private static LanguageDetector build() {
      try {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().readAllBuiltIn())
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the language profiles", e);
      }
    }
  }
}
