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
 * Finds an article's language as an ISO 639 primary subtag ("en", "pt"): the one detected in the
 * article's text when the detector is sure, else the one the page declares ({@code <html lang>},
 * Content-Language, og:locale, JSON-LD inLanguage), else the detector's best guess. Templates
 * often declare a default ("en") that the text contradicts, and the text is what the language
 * describes.
 *
 * <p>Detection uses Optimaize's n-gram detector: 70 built-in profiles, pure Java, thread-safe and
 * deterministic (fixed seed), and about 0.25 ms per page on the first 600 characters, a tenth of
 * the time a page takes (loading the profiles takes about a second, once). Heavier detectors (Lingua) are more accurate on short snippets but
 * need far more memory and time; article texts are long enough for n-grams.
 */
final class LanguageFinder {
  private static final Pattern TAG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$");
  private static final int DETECT_CHARS = 600;
  private static final int MIN_DETECT_CHARS = 40;
  private static final double MIN_PROBABILITY = 0.8;
  /** Text long enough, and a detector this sure, overrule the page's declaration. */
  private static final int OVERRULE_CHARS = 300;
  private static final double OVERRULE_PROBABILITY = 0.99;

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

  /** The article's language given the declared one (may be null) and the article's text. */
  static String of(String declared, String text) {
    if (text == null || text.length() < (declared == null ? MIN_DETECT_CHARS : OVERRULE_CHARS)) {
      return declared;
    }
    DetectedLanguage best = best(text);
    if (best == null) {
      return declared;
    }
    if (declared == null) {
      return best.getProbability() >= MIN_PROBABILITY ? best.getLocale().getLanguage() : null;
    }
    return best.getProbability() >= OVERRULE_PROBABILITY ? best.getLocale().getLanguage() : declared;
  }

  /** The language detected in {@code text}, or null when the text is too short or unclear. */
  static String detect(String text) {
    if (text == null || text.length() < MIN_DETECT_CHARS) {
      return null;
    }
    DetectedLanguage best = best(text);
    return best == null || best.getProbability() < MIN_PROBABILITY
        ? null
        : best.getLocale().getLanguage();
  }

  private static DetectedLanguage best(String text) {
    String sample = text.length() > DETECT_CHARS ? text.substring(0, DETECT_CHARS) : text;
    List<DetectedLanguage> found =
        Detector.DETECTOR.getProbabilities(Detector.TEXT.forText(sample));
    return found.isEmpty() ? null : found.get(0);
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
        // The default long-text algorithm: Optimaize's "short text" scoring is faster but, without
        // normalisation, it picks Tagalog or Irish for plain German prose.
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().readAllBuiltIn())
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the language profiles", e);
      }
    }
  }
}
