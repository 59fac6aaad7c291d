package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.NamedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs of {@code newsflow bench enrich DIR --sweep}, without the models. */
class BenchSweepInputsTest {
  @TempDir Path dir;

  private static final List<NamedText> PAGES = List.of(
      new NamedText("0001", "Ferries Resume\n\nThe ferry sailed. Captain Lund said it was safe. "
          + "Tolls rose."),
      new NamedText("0002", "The council met. It voted on Monday. The levy rose."),
      new NamedText("0003", "A fern grows on fog. Okafor asked why. Nobody knew."));

  @Test
  void everyPageComesWholeFirstThenItsCutsAndSplices() {
    List<NamedText> inputs = BenchCommand.Enrich.sweepInputs(PAGES, 2, 1);

    assertThat(inputs.subList(0, 3)).isEqualTo(PAGES);
    assertThat(inputs.subList(3, inputs.size())).isNotEmpty()
        .allSatisfy(i -> assertThat(i.name()).matches("000\\d~(prefix|suffix|middle|splice)-.*"));
  }

  @Test
  void theSameSeedGivesTheSameInputsAndNoCutsGivesTheWholePages() {
    assertThat(BenchCommand.Enrich.sweepInputs(PAGES, 2, 7))
        .isEqualTo(BenchCommand.Enrich.sweepInputs(PAGES, 2, 7))
        .isNotEqualTo(BenchCommand.Enrich.sweepInputs(PAGES, 2, 8));
    assertThat(BenchCommand.Enrich.sweepInputs(PAGES, 0, 1)).isEqualTo(PAGES);
  }

  @Test
  void aPageIsReadAsAnnotateReadsATextFileWithItsTitleAsTheFirstParagraph() throws Exception {
    Files.writeString(dir.resolve("0001.html"), "<html lang=\"en\"><head><title>Ferries Resume"
        + "</title></head><body><article><h1>Ferries Resume</h1><p>The ferry to Ostrev sailed "
        + "at noon on Tuesday after a week in port, the operator said in a statement.</p><p>"
        + "Captain Ilse Lund said the crossing had been calm and that the timetable would hold "
        + "for the rest of the month.</p></article></body></html>");
    Files.writeString(dir.resolve("0002.txt"), "\r\n  The council met.\r\nIt voted.  \r\n");
    Files.writeString(dir.resolve("notes.md"), "not an input");

    List<NamedText> texts = BenchCommand.Enrich.pageTexts(dir, Integer.MAX_VALUE);

    assertThat(texts).extracting(NamedText::name).containsExactly("0001", "0002");
    assertThat(texts.get(0).text()).startsWith("Ferries Resume\n\nThe ferry to Ostrev sailed");
    assertThat(texts.get(1).text()).isEqualTo("The council met.\nIt voted.");
  }
}
