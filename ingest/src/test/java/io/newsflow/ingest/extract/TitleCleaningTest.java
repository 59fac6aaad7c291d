package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCleaningTest {

  @Test
  void stripsASiteNameSuffix() {
    assertThat(TitleFinder.stripSiteName("Tides Rise | The Harbor Ledger", "The Harbor Ledger", null))
        .isEqualTo("Tides Rise");
  }

  @Test
  void stripsASiteNamePrefix() {
    assertThat(TitleFinder.stripSiteName("Valemont Courier - Night Buses Return", "Valemont Courier", null))
        .isEqualTo("Night Buses Return");
  }

  @Test
  void stripsADomainSuffixWithoutAKnownSiteName() {
    assertThat(TitleFinder.stripSiteName("Night Buses Return – valemont-courier.example", null, null))
        .isEqualTo("Night Buses Return");
  }

  @Test
  void prefersTheHeadlineWhenTheTitleAddsASuffix() {
    assertThat(TitleFinder.stripSiteName("Night Buses Return - Local - Courier", null, "Night Buses Return"))
        .isEqualTo("Night Buses Return");
  }

  @Test
  void keepsADashThatBelongsToTheTitle() {
    assertThat(TitleFinder.stripSiteName("Ferry Strike - What Happens Next for Islanders", "The Harbor Ledger", null))
        .isEqualTo("Ferry Strike - What Happens Next for Islanders");
  }
}
