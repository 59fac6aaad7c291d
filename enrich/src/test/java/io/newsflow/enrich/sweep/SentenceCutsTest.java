package io.newsflow.enrich.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.NamedText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceCutsTest {
  private static final String TEXT = "Ferries Resume\n\nThe ferry to Ostrev sailed at noon. "
      + "“Is it safe?” a passenger asked. Captain Lund said it was (the sea had calmed.) "
      + "Tolls rose 2.5 per cent.";

  @Test
  void sentencesStartAtLinesAndAfterEndPunctuationWithClosingMarks() {
    List<Integer> starts = SentenceCuts.boundaries(TEXT);

    assertThat(starts.stream().map(s -> TEXT.substring(s, Math.min(TEXT.length(), s + 6))))
        .containsExactly("Ferrie", "The fe", "“Is it", "a pass", "Captai", "Tolls ");
  }

  @Test
  void aDecimalPointIsNoBoundary() {
    assertThat(SentenceCuts.boundaries("Tolls rose 2.5 per cent. They fell.")).containsExactly(0,
        25);
  }

  @Test
  void cutsAreStrippedWholeSentencesNamedByTheirSentencesAndNeverTheWholeText() {
    List<NamedText> cuts = SentenceCuts.cuts(new NamedText("page", TEXT), 3, new Random(1));

    assertThat(cuts).isNotEmpty().allSatisfy(cut -> {
      assertThat(cut.text()).isNotEqualTo(TEXT).isEqualTo(cut.text().strip());
      assertThat(TEXT).contains(cut.text());
      assertThat(cut.name()).matches("page~(prefix|suffix|middle)-\\d+-\\d+");
    });
    assertThat(cuts).extracting(NamedText::text).doesNotHaveDuplicates();
  }

  @Test
  void theSameSeedGivesTheSameCuts() {
    NamedText page = new NamedText("page", TEXT);

    assertThat(SentenceCuts.cuts(page, 3, new Random(7)))
        .isEqualTo(SentenceCuts.cuts(page, 3, new Random(7)));
  }

  @Test
  void aOneSentenceTextHasNoCuts() {
    assertThat(SentenceCuts.cuts(new NamedText("one", "The ferry sailed."), 3, new Random(1)))
        .isEmpty();
  }

  @Test
  void aSpliceIsAWindowOfOneTextThenAWindowOfTheOther() {
    NamedText other = new NamedText("other", "The council met. It voted. It rose.");

    List<NamedText> splices =
        SentenceCuts.splices(new NamedText("page", TEXT), other, 4, new Random(3));

    assertThat(splices).isNotEmpty().allSatisfy(splice -> {
      assertThat(splice.name()).matches("page~splice-\\d+-\\d+\\+other-\\d+-\\d+");
      assertThat(splice.text()).matches("(?s).*(The council met\\.|It voted\\.|It rose\\.)");
    });
  }
}
