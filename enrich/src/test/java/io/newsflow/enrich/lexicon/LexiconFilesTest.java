package io.newsflow.enrich.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The lexicon files as written in the source tree: each sorted, free of duplicates, blank and
 * padded entries, lower-case unless its constant keeps case, and each one a {@link Lexicon}
 * that some rule reads.
 */
class LexiconFilesTest {
  private static final Path FOLDER = Path.of("src/main/resources/io/newsflow/enrich/lexicon");
  private static final Path SOURCES = Path.of("src/main/java");

  @Test
  void everyFileUnderTheLexiconFolderIsALexicon() throws IOException {
    Set<String> files;
    try (Stream<Path> walk = Files.walk(FOLDER)) {
      files = walk.filter(Files::isRegularFile)
          .map(p -> FOLDER.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toSet());
    }
    assertThat(files).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(Lexicon.values()).map(Lexicon::file).toList());
  }

  @ParameterizedTest
  @EnumSource(Lexicon.class)
  void everyLexiconIsReadByARule(Lexicon lexicon) throws IOException {
    String use = "Lexicon." + lexicon.name();
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      assertThat(walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("Lexicon.java"))
          .anyMatch(p -> read(p).contains(use)))
          .as("%s is read by some class", use).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Lexicon.class)
  void everyLexiconLoadsFromTheClassPath(Lexicon lexicon) {
    assertThat(lexicon.entries()).isNotEmpty().isEqualTo(entries(lexicon));
  }

  @ParameterizedTest
  @EnumSource(Lexicon.class)
  void entriesAreSorted(Lexicon lexicon) {
    List<String> entries = entries(lexicon);
    assertThat(entries).as(lexicon.file()).isSorted();
  }

  @ParameterizedTest
  @EnumSource(Lexicon.class)
  void entriesAreFreeOfDuplicates(Lexicon lexicon) {
    List<String> keys = entries(lexicon).stream().map(LexiconFilesTest::firstColumn).toList();
    assertThat(keys).as(lexicon.file()).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(Lexicon.class)
  void entriesAreNeitherBlankNorPadded(Lexicon lexicon) {
    for (String entry : entries(lexicon)) {
      List<String> cells = List.of(entry.split("\t", -1));
      if (!lexicon.file().endsWith(".tsv")) {
        assertThat(cells).as("%s: one column", lexicon.file()).hasSize(1);
      }
      for (String cell : cells) {
        assertThat(cell).as("%s: \"%s\"", lexicon.file(), entry)
            .isNotBlank().isEqualTo(cell.strip());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Lexicon.class, names = {"POST_NOMINALS", "TIME_ZONES"},
      mode = EnumSource.Mode.EXCLUDE)
  void entriesAreLowerCase(Lexicon lexicon) {
    assertThat(lexicon.letterCase()).isEqualTo(Lexicon.Case.LOWER);
    for (String entry : entries(lexicon)) {
      assertThat(entry).as(lexicon.file()).isEqualTo(entry.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void onlyTheListsMatchedAsWrittenKeepCase() {
    assertThat(Arrays.stream(Lexicon.values()).filter(l -> l.letterCase() == Lexicon.Case.KEPT))
        .containsExactlyInAnyOrder(Lexicon.POST_NOMINALS, Lexicon.TIME_ZONES);
  }

  @ParameterizedTest
  @EnumSource(Lexicon.class)
  void everyTableRowHasTheHeadersColumns(Lexicon lexicon) {
    if (!lexicon.file().endsWith(".tsv")) {
      return;
    }
    List<String> lines = lines(lexicon);
    String header = lines.stream().filter(l -> l.startsWith(Lexicon.COMMENT + " "))
        .filter(l -> l.contains("\t")).reduce((a, b) -> b).orElseThrow();
    int columns = header.split("\t", -1).length;
    assertThat(lexicon.rows()).allSatisfy(row -> assertThat(row).hasSize(columns));
  }

  private static List<String> entries(Lexicon lexicon) {
    List<String> entries = new ArrayList<>();
    for (String line : lines(lexicon)) {
      if (!line.startsWith(Lexicon.COMMENT)) {
        entries.add(line);
      }
    }
    return entries;
  }

  private static List<String> lines(Lexicon lexicon) {
    try {
      return Files.readAllLines(FOLDER.resolve(lexicon.file()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstColumn(String entry) {
    int tab = entry.indexOf('\t');
    return tab < 0 ? entry : entry.substring(0, tab);
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
