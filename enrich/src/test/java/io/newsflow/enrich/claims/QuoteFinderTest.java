package io.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder();

  private static List<String> quoted(String text, List<QuoteSpan> spans) {
    return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void curlyQuotesAreFoundWithTheirMarks() {
    String text = "She called it “shockingly untrue,” and left.";
    assertThat(quoted(text, finder.find(text, text.length())))
        .containsExactly("“shockingly untrue,”");
  }

  @Test
  void straightQuotesAlternate() {
    String text = "\"One,\" he said. \"Two.\"";
    assertThat(quoted(text, finder.find(text, text.length())))
        .containsExactly("\"One,\"", "\"Two.\"");
  }

  @Test
  void aQuoteReopenedInTheNextParagraphContinuesThere() {
    String text = "“First part of it.\n\n“Second part,” she said.";
    assertThat(quoted(text, finder.find(text, text.length())))
        .containsExactly("“First part of it.", "“Second part,”");
  }

  @Test
  void aQuoteLeftOpenAtTheEndOfAParagraphIsDropped() {
    String text = "He wrote “half a thought.\n\nThen nothing.";
    assertThat(finder.find(text, text.length())).isEmpty();
  }

  @Test
  void singleQuotesAreQuotesWhenTheyOpenAndCloseAWord() {
    String text = "It called the letter ‘totally misleading’ and said: 'We won’t back down.'";
    assertThat(quoted(text, finder.find(text, text.length())))
        .containsExactly("‘totally misleading’", "'We won’t back down.'");
  }

  @Test
  void apostrophesDoNotCloseASingleQuote() {
    String text = "She said ‘the users’ data was the firm’s to keep’ yesterday.";
    assertThat(quoted(text, finder.find(text, text.length())))
        .containsExactly("‘the users’ data was the firm’s to keep’");
  }

  @Test
  void singleQuotesInsideDoubleQuotesBelongToTheOuterQuote() {
    String text = "“He called it ‘a scam,’ and left,” she said.";
    assertThat(quoted(text, finder.find(text, text.length())))
        .containsExactly("“He called it ‘a scam,’ and left,”");
  }
}
