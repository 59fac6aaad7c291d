package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.ExtractedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BoilerplateRemovalTest {
  private static final String URL = "https://harborledger.example/business/quillstone-opens-harbour-workshop-1234";
  private static String text;

  @BeforeAll
  static void extract() {
    ExtractedArticle article = new NewsArticleExtractor().extract(Fixtures.html("news-article.html"), URL);
    text = article.text();
  }

  @Test
  void keepsEveryParagraphOfTheStory() {
    assertThat(text)
        .contains("Quillstone Robotics opened a waterfront workshop on Tuesday")
        .contains("The workshop occupies a former net-drying shed on Pier Nine")
        .contains("\"We kept losing good people because nobody could train them here,\"")
        .contains("Harbour operators have warned for years")
        .contains("Apprentices will be paid from their first day")
        .contains("The first intake of twelve starts in September");
  }

  @Test
  void keepsHeadingsAsTheirOwnParagraphs() {
    assertThat(text).contains("\n\nA shortage of technicians\n\n");
  }

  @Test
  void separatesParagraphsWithABlankLine() {
    assertThat(text.split("\n\n")).hasSize(7);
    assertThat(text).startsWith("Quillstone Robotics opened").doesNotContain("\n\n\n");
  }

  @Test
  void leavesOutTheTitle() {
    assertThat(text).doesNotContain("Opens Harbour Workshop to Apprentices");
  }

  @Test
  void dropsNavigationHeaderAndFooter() {
    assertThat(text).doesNotContain("Weather").doesNotContain("All rights reserved").doesNotContain("About us");
  }

  @Test
  void dropsCookieBannerAndAds() {
    assertThat(text).doesNotContain("We use cookies").doesNotContain("Advertisement");
  }

  @Test
  void dropsBylineAndShareBar() {
    assertThat(text).doesNotContain("By Mara Ellison").doesNotContain("Share on").doesNotContain("14 May 2031");
  }

  @Test
  void dropsRelatedStoriesAndInlineReadMoreLinks() {
    assertThat(text)
        .doesNotContain("Related Stories")
        .doesNotContain("Pier Nine fish market")
        .doesNotContain("Read more")
        .doesNotContain("Port authority approves record budget");
  }

  @Test
  void dropsFigureCaptionsAndPhotoCredits() {
    assertThat(text).doesNotContain("Apprentices test a crane winch").doesNotContain("Ines Marrow");
  }

  @Test
  void dropsNewsletterSignUp() {
    assertThat(text).doesNotContain("Morning Tide").doesNotContain("Sign up for our free daily briefing");
  }

  @Test
  void dropsAuthorBioTagsAndSourceTrailer() {
    assertThat(text)
        .doesNotContain("covers business and the port")
        .doesNotContain("Tags:")
        .doesNotContain("Source link");
  }

  @Test
  void dropsCommentsAndTheCommentForm() {
    assertThat(text)
        .doesNotContain("Finally some good news")
        .doesNotContain("Leave a Reply")
        .doesNotContain("Your email address will not be published");
  }

  @Test
  void dropsSidebars() {
    assertThat(text).doesNotContain("Most Read").doesNotContain("Tides to reach record heights");
  }
}
