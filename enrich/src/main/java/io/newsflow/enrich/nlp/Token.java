package io.newsflow.enrich.nlp;

/**
 * One token of an analysed text.
 *
 * @param index position in the whole text's token list
 * @param sentence index of the sentence it belongs to
 * @param word the token as written ({@code text.substring(start, end)})
 * @param start character offset into the text
 * @param end character offset into the text, exclusive
 * @param tag Penn Treebank part-of-speech tag
 * @param ner the tagger's entity class (PERSON, ORGANIZATION, LOCATION, MISC) or "O"
 */
public record Token(
    int index, int sentence, String word, int start, int end, String tag, String ner) {

  public boolean isCapitalized() {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  public boolean isProperNoun() {
    return tag.startsWith("NNP");
  }

  public boolean isNoun() {
    return tag.startsWith("NN");
  }

  public boolean isVerb() {
    return tag.startsWith("VB");
  }

  public boolean hasEntityTag() {
    return !"O".equals(ner);
  }

  /** True for punctuation tokens, including quotation marks and dashes. */
  public boolean isPunctuation() {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
