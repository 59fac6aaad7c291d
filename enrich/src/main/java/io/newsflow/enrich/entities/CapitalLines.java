package io.newsflow.enrich.entities;

import io.newsflow.enrich.nlp.Token;
import java.util.List;

/**
 * Sentences written all in capitals, as wire headlines are ("VALDORIA 'S RULING PARTY WINS
 * VOTE ."). Capitals hide what a reader uses to tell a name from a common noun, so the tagger's
 * guesses there are weak and shape rules do not apply.
 */
final class CapitalLines {
  private CapitalLines() {}

  /** At least two words of two letters or more, and no lower-case letter anywhere. */
  static boolean inCapitals(List<Token> sentence) {
    int words = 0;
    for (Token token : sentence) {
      String word = token.word();
      if (word.codePoints().anyMatch(Character::isLowerCase)) {
        return false;
      }
      if (word.codePoints().filter(Character::isLetter).count() >= 2) {
        words++;
      }
    }
    return words >= 2;
  }
}
