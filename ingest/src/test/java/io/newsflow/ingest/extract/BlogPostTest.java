package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.ExtractedArticle;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BlogPostTest {
  private static ExtractedArticle post;

  @BeforeAll
  static void extract() {
    post = new NewsArticleExtractor()
        .extract(Fixtures.html("blog-post.html"), "https://rustandrivets.example/2030/09/21/tug-part-3/");
  }

  @Test
  void keepsThePostWithItsSubheading() {
    assertThat(post.text())
        .startsWith("This week we finally cut out the last of the rotten deck plating")
        .contains("\n\nWhat the survey missed\n\n")
        .endsWith("Next week: the new plates arrive from the mill, and we start fitting them.");
  }

  @Test
  void dropsSharingRelatedPostsAndPostFooter() {
    assertThat(post.text())
        .doesNotContain("Share this")
        .doesNotContain("Related")
        .doesNotContain("Part 2")
        .doesNotContain("Posted in")
        .doesNotContain("Tagged");
  }

  @Test
  void dropsCommentsAndTheReplyForm() {
    assertThat(post.text())
        .doesNotContain("Great progress")
        .doesNotContain("porosity")
        .doesNotContain("Leave a Reply")
        .doesNotContain("thoughts on");
  }

  @Test
  void dropsTheSidebarAndSiteFooter() {
    assertThat(post.text()).doesNotContain("Recent Posts").doesNotContain("Proudly powered");
  }

  @Test
  void readsTheBylineAuthorAndTheDate() {
    assertThat(post.authors()).containsExactly("Hal Brennick");
    assertThat(post.published()).isEqualTo(OffsetDateTime.parse("2030-09-21T16:04:11Z"));
    assertThat(post.title()).isEqualTo("Restoring a 1958 Harbour Tug, Part 3");
    assertThat(post.siteName()).isEqualTo("Rust and Rivets");
  }
}
