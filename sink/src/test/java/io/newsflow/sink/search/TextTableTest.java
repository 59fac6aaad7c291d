package io.newsflow.sink.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void columnsAreAlignedToTheirWidestCell() {
    String table = new TextTable().column("#", 4, true).column("NAME", 20)
        .row(1, "Ines Varga").row(12, "Norvane").render();
    assertThat(table).isEqualTo(
        " #  NAME\n"
            + "--  ----------\n"
            + " 1  Ines Varga\n"
            + "12  Norvane\n");
  }

  @Test
  void longCellsAreCutWithAnEllipsis() {
    String table = new TextTable().column("TITLE", 12).row("Harbour ferry timetable changes").render();
    assertThat(table.lines().toList().get(2)).isEqualTo("Harbour f...");
    assertThat(table.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(12));
  }

  @Test
  void lineBreaksInCellsBecomeSpaces() {
    assertThat(TextTable.fit("one\ntwo\tthree", 40)).isEqualTo("one two three");
  }

  @Test
  void nullCellsAreEmpty() {
    String table = new TextTable().column("A", 5).column("B", 5).row(null, "x").render();
    assertThat(table.lines().toList().get(2)).isEqualTo("   x");
  }

  @Test
  void aNoteIsPrintedUnderItsRowFromTheSecondColumnOn() {
    String table = new TextTable().column("#", 4, true).column("NAME", 20)
        .row(1, "Ines Varga").note("runs the\nferry line", 40).row(2, "Norvane").render();
    assertThat(table).isEqualTo(
        "#  NAME\n"
            + "-  ----------\n"
            + "1  Ines Varga\n"
            + "   runs the ferry line\n"
            + "2  Norvane\n");
  }
}
