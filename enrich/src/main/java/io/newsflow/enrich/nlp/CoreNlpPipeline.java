package io.newsflow.enrich.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens, sentences, part-of-speech and named-entity tags from Stanford CoreNLP, in two passes so
 * that over-long sentences can be cut between them.
 *
 * <p>The annotator set is chosen for about ten articles a second per core: the English 3-class
 * CRF (the best of CoreNLP's models on recent news) followed by the CoNLL 4-class CRF, which in
 * CoreNLP's default combination mode only adds MISC. No SUTime, no numeric classifiers, no
 * fine-grained NER, no parser and no coreference: money, percentages and dates come from {@code
 * io.newsflow.enrich.entities.NumericExpressionFinder}, speakers from a recency resolver. The
 * models are loaded once; an instance is safe to share between threads, as CoreNLP's own
 * multi-threaded mode shares annotators.
 */
public final class CoreNlpPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpPipeline.class);

  static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  static final String CONLL_FOUR_CLASS =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final AnalysisLimits limits;

  public CoreNlpPipeline(AnalysisLimits limits) {
    this.limits = limits;
    long started = System.nanoTime();
    this.splitter = new StanfordCoreNLP(splitterProperties(), false);
    this.tagger = new StanfordCoreNLP(taggerProperties(), false);
    LOG.info(
        "CoreNLP pipeline loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  private static Properties splitterProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    // Control and private-use characters are dropped silently rather than logged one by one.
    props.setProperty("tokenize.options", "untokenizable=noneDelete");
    // A line is a unit of its own (heading, dateline, list item, one sentence per line in plain
    // text) unless LineBreaks marks it as the wrapped continuation of the line before.
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return props;
  }

  private static Properties taggerProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "pos,ner");
    props.setProperty("ner.model", THREE_CLASS + "," + CONLL_FOUR_CLASS);
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    // Tagging "Zuckerberg-led" as one token makes the whole name MISC; plain tokens keep PERSON.
    props.setProperty("ner.useNERSpecificTokenization", "false");
    return props;
  }

  public AnalysisLimits limits() {
    return limits;
  }

  /** Tags {@code text} within the limits. Thread-safe. */
  public AnalysedText analyse(String text) {
    int analysedChars = cutPoint(text, limits.maxChars());
    Annotation document =
        new Annotation(LineBreaks.joinWrappedLines(text.substring(0, analysedChars)));
    splitter.annotate(document);
    List<CoreMap> sentences = new ArrayList<>();
    List<CoreLabel> kept = new ArrayList<>();
    boolean truncated = analysedChars < text.length();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (kept.size() + tokens.size() > limits.maxTokens()) {
        truncated = true;
        tokens = tokens.subList(0, limits.maxTokens() - kept.size());
      }
      for (List<CoreLabel> chunk : chunks(tokens)) {
        sentences.add(sentenceOf(chunk, sentences.size(), kept.size()));
        kept.addAll(chunk);
      }
      if (kept.size() >= limits.maxTokens()) {
        break;
      }
    }
    for (int i = 0; i < kept.size(); i++) {
      kept.get(i).setIndex(i + 1);
    }
    document.set(CoreAnnotations.TokensAnnotation.class, kept);
    document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    tagger.annotate(document);
    if (truncated && !kept.isEmpty()) {
      analysedChars = kept.get(kept.size() - 1).endPosition();
    }
    return new AnalysedText(text, copy(text, sentences), analysedChars, truncated);
  }

  /** Where to cut a text longer than {@code max}: at the last whitespace before it, if near. */
  static int cutPoint(String text, int max) {
    if (text.length() <= max) {
      return text.length();
    }
    for (int i = max; i > Math.max(0, max - 2_000); i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return max;
  }

  /** Cuts an over-long sentence at punctuation near the limit, else at the limit. */
  private List<List<CoreLabel>> chunks(List<CoreLabel> tokens) {
    int max = limits.maxSentenceTokens();
    if (tokens.size() <= max) {
      return List.of(tokens);
    }
    List<List<CoreLabel>> chunks = new ArrayList<>();
    int from = 0;
    while (tokens.size() - from > max) {
      int cut = from + max;
      for (int i = from + max - 1; i > from + max / 2; i--) {
        String word = tokens.get(i).word();
        if (word.equals(",") || word.equals(";") || word.equals(":") || word.equals("--")) {
          cut = i + 1;
          break;
        }
      }
      chunks.add(tokens.subList(from, cut));
      from = cut;
    }
    chunks.add(tokens.subList(from, tokens.size()));
    return chunks;
  }

  private static CoreMap sentenceOf(List<CoreLabel> tokens, int index, int tokenOffset) {
    CoreMap sentence = new ArrayCoreMap(8);
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    sentence.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + tokens.size());
    for (CoreLabel token : tokens) {
      token.setSentIndex(index);
    }
    return sentence;
  }

  private static List<Sentence> copy(String text, List<CoreMap> sentences) {
    List<Sentence> result = new ArrayList<>(sentences.size());
    int tokenIndex = 0;
    for (CoreMap sentence : sentences) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        int start = label.beginPosition();
        int end = label.endPosition();
        if (start < 0 || end > text.length() || start >= end) {
          continue;
        }
        String ner = label.ner() == null ? "O" : label.ner();
        String tag = label.tag() == null ? "X" : label.tag();
        tokens.add(
            new Token(tokenIndex++, result.size(), text.substring(start, end), start, end, tag, ner));
      }
      if (!tokens.isEmpty()) {
        result.add(
            new Sentence(
                result.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
      }
    }
    return result;
  }
}
