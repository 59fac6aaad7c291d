package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.enrichment.EntityType;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumericExpressionFinderTest {
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-04-03T18:22:00-04:00");
  private final NumericExpressionFinder finder = new NumericExpressionFinder();

  private NumericMention only(String text) {
    List<NumericMention> found = finder.find(text, text.length(), PUBLISHED);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void dollarsWithAScaleWordBecomeAPlainAmount() {
    NumericMention m = only("It paid $150 million for the rights.");
    assertThat(m.text()).isEqualTo("$150 million");
    assertThat(m.type()).isEqualTo(EntityType.MONEY);
    assertThat(m.normalized()).isEqualTo("USD 150000000");
  }

  @Test
  void otherCurrenciesKeepTheirCode() {
    assertThat(only("a fine of €2.5bn was set").normalized()).isEqualTo("EUR 2500000000");
    assertThat(only("it cost £1,200 a month").normalized()).isEqualTo("GBP 1200");
    assertThat(only("worth 40 million euros at the time").normalized()).isEqualTo("EUR 40000000");
  }

  @Test
  void percentagesKeepTheirValue() {
    assertThat(only("sales fell 4.5 percent over the year").normalized()).isEqualTo("4.5%");
    assertThat(only("a 12% rise").normalized()).isEqualTo("12%");
  }

  @Test
  void aDayWithoutAYearTakesTheYearNearestThePublicationDate() {
    NumericMention m = only("In a statement on April 2, it said so.");
    assertThat(m.text()).isEqualTo("April 2");
    assertThat(m.normalized()).isEqualTo("2024-04-02");
    assertThat(only("the deadline is December 30.").normalized()).isEqualTo("2023-12-30");
  }

  @Test
  void aMonthOfAYearIsAYearMonth() {
    assertThat(only("By August of 2013, it had begun.").normalized()).isEqualTo("2013-08");
  }

  @Test
  void aYearAfterAPrepositionIsADate() {
    NumericMention m = only("By 2015, the company was spending more.");
    assertThat(m.text()).isEqualTo("2015");
    assertThat(m.normalized()).isEqualTo("2015");
  }

  @Test
  void aBareNumberIsNoDate() {
    assertThat(finder.find("There were 2015 people there.", 100, PUBLISHED)).isEmpty();
  }

  @Test
  void relativeDatesResolveAgainstThePublicationDate() {
    assertThat(only("it happened yesterday").normalized()).isEqualTo("2024-04-02");
    assertThat(only("it was filed last year").normalized()).isEqualTo("2023");
    assertThat(only("reports emerged this week").normalized()).isEqualTo("2024-W14");
    assertThat(only("she spoke on Monday").normalized()).isEqualTo("2024-04-01");
    assertThat(only("three days ago").normalized()).isEqualTo("2024-03-31");
  }

  @Test
  void relativeDatesWithoutAPublicationDateHaveNoValue() {
    List<NumericMention> found = finder.find("it happened yesterday", 100, null);
    assertThat(found).singleElement().satisfies(m -> assertThat(m.normalized()).isNull());
  }

  @Test
  void overlappingMatchesKeepTheLongest() {
    NumericMention m = only("It closed on March 5, 2021.");
    assertThat(m.text()).isEqualTo("March 5, 2021");
    assertThat(m.normalized()).isEqualTo("2021-03-05");
  }

  @Test
  void nothingBeyondTheLimitIsFound() {
    assertThat(finder.find("it paid $5 million", 5, PUBLISHED)).isEmpty();
  }
}
