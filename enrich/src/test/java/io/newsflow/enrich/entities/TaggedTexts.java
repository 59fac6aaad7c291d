package io.newsflow.enrich.entities;

import io.newsflow.enrich.nlp.AnalysedText;
import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-tagged texts, to test a repair on exactly the tagger mistake it is for. Each sentence is
 * written as space-separated {@code word/POS/NER} tokens ({@code NER} defaults to O); a token
 * written {@code +word/...} is glued to the previous one, as in "Hale-Moore".
 */
final class TaggedTexts {
  private TaggedTexts() {}

  static AnalysedText of(String... sentences) {
    return joined(" ", sentences);
  }

  /** Sentences one per line, as in wire text: headline, dateline, body. */
  static AnalysedText lines(String... sentences) {
    return joined("\n", sentences);
  }

  private static AnalysedText joined(String separator, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> result = new ArrayList<>();
    int index = 0;
    for (String written : sentences) {
      if (text.length() > 0) {
        text.append(separator);
      }
      List<Token> tokens = new ArrayList<>();
      for (String item : written.split(" ")) {
        boolean glued = item.startsWith("+");
        String[] parts = (glued ? item.substring(1) : item).split("/");
        if (!tokens.isEmpty() && !glued) {
          text.append(' ');
        }
        int start = text.length();
        text.append(parts[0]);
        tokens.add(new Token(index++, result.size(), parts[0], start, text.length(), parts[1],
            parts.length > 2 ? parts[2] : "O"));
      }
      result.add(new Sentence(result.size(), tokens.get(0).start(),
          tokens.get(tokens.size() - 1).end(), tokens));
    }
    return new AnalysedText(text.toString(), result, text.length(), false);
  }
}
