package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SoakLedgerTest {
  private final SoakLedger ledger = new SoakLedger();

  @Test
  void anArticleVersionServedAndNotInTheSinkIsPendingUntilItArrives() {
    ledger.served(7, 1);
    ledger.served(7, 2);
    assertThat(ledger.counts().pending()).isEqualTo(2);
    ledger.sunk(7, 1, 1);
    assertThat(ledger.counts().pending()).isEqualTo(1);
    ledger.sunk(7, 2, 2);
    assertThat(ledger.counts().pending()).isZero();
    assertThat(ledger.counts().duplicated()).isZero();
    assertThat(ledger.counts().servedArticles()).isEqualTo(1);
    assertThat(ledger.counts().servedCorrections()).isEqualTo(1);
  }

  @Test
  void servingTheSameVersionAgainCountsOnce() {
    ledger.served(3, 1);
    ledger.served(3, 1);
    ledger.sunk(3, 1, 1);
    assertThat(ledger.counts().pending()).isZero();
    assertThat(ledger.counts().servedArticles()).isEqualTo(1);
  }

  @Test
  void theSameVersionWrittenTwiceIsADuplicate() {
    ledger.served(3, 1);
    ledger.sunk(3, 1, 1);
    ledger.sunk(3, 1, 1);
    assertThat(ledger.counts().writtenTwice()).isEqualTo(1);
    assertThat(ledger.counts().duplicated()).isEqualTo(1);
    assertThat(ledger.counts().sunkVersions()).isEqualTo(2);
  }

  @Test
  void theSameContentUnderANewVersionIsADuplicate() {
    ledger.served(3, 1);
    ledger.sunk(3, 1, 1);
    ledger.sunk(3, 1, 2);
    assertThat(ledger.counts().republished()).isEqualTo(1);
    assertThat(ledger.counts().duplicated()).isEqualTo(1);
  }

  @Test
  void anArticleFirstFetchedCorrectedIsOneArticleAndOneCorrectionWithNothingPendingOnceSunk() {
    ledger.served(10, 2);
    ledger.sunk(10, 2, 1);
    assertThat(ledger.counts().pending()).isZero();
    assertThat(ledger.wasServed(10)).isTrue();
    assertThat(ledger.wasServed(10, 1)).isFalse();
    assertThat(ledger.counts().servedArticles()).isEqualTo(1);
    assertThat(ledger.counts().servedCorrections()).isEqualTo(1);
  }

  @Test
  void aLineInTheSinkBeforeThePublisherRecordedItsServeIsExpectedOnceTheServeIsRecorded() {
    ledger.sunk(4, 1, 1);
    assertThat(ledger.counts().unexpected()).isEqualTo(1);
    ledger.served(4, 1);
    assertThat(ledger.counts().unexpected()).isZero();
    assertThat(ledger.counts().pending()).isZero();
  }
}
