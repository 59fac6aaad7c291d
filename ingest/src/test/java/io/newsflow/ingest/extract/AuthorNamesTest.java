package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorNamesTest {

  @Test
  void dropsTheByPrefix() {
    assertThat(AuthorFinder.clean("By Mara Ellison")).containsExactly("Mara Ellison");
  }

  @Test
  void dropsPrefixesInOtherLanguages() {
    assertThat(AuthorFinder.clean("Von Jonas Peltier")).containsExactly("Jonas Peltier");
    assertThat(AuthorFinder.clean("Par Léa Fontaine")).containsExactly("Léa Fontaine");
  }

  @Test
  void splitsSeveralNames() {
    assertThat(AuthorFinder.clean("By Mara Ellison, Tobias Reinholt and Edda Strand"))
        .containsExactly("Mara Ellison", "Tobias Reinholt", "Edda Strand");
  }

  @Test
  void dropsDatesAndTimes() {
    assertThat(AuthorFinder.clean("By Edda Strand | 09.08.2031 19:45")).containsExactly("Edda Strand");
    assertThat(AuthorFinder.clean("Edda Strand, updated 9 August 2031")).containsExactly("Edda Strand");
  }

  @Test
  void rejectsUrlsAndEmailAddresses() {
    assertThat(AuthorFinder.clean("https://harborledger.example/authors/mara")).isEmpty();
    assertThat(AuthorFinder.clean("mara@harborledger.example")).isEmpty();
  }

  @Test
  void keepsAnOrganisationName() {
    assertThat(AuthorFinder.clean("Harbor Ledger Staff")).containsExactly("Harbor Ledger Staff");
  }
}
