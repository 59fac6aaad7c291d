package io.newsflow.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleIdTest {

  @Test
  void canonicalUrlLowerCasesSchemeAndHostAndDropsDefaultPortAndFragment() {
    assertThat(CanonicalUrl.of("HTTPS://News.Example.COM:443/World/Story-1#comments"))
        .isEqualTo("https://news.example.com/World/Story-1");
    assertThat(CanonicalUrl.of("http://news.example.com:80/a")).isEqualTo("http://news.example.com/a");
  }

  @Test
  void canonicalUrlKeepsANonDefaultPort() {
    assertThat(CanonicalUrl.of("http://news.example.com:8080/a"))
        .isEqualTo("http://news.example.com:8080/a");
  }

  @Test
  void canonicalUrlDropsTrackingParametersAndKeepsTheOthers() {
    assertThat(
            CanonicalUrl.of(
                "https://news.example.com/story?id=7&utm_source=rss&utm_medium=feed&fbclid=abc&gclid=x&page=2"))
        .isEqualTo("https://news.example.com/story?id=7&page=2");
    assertThat(CanonicalUrl.of("https://news.example.com/story?utm_campaign=x"))
        .isEqualTo("https://news.example.com/story");
  }

  @Test
  void theSameArticleUnderDifferentSpellingsHasOneId() {
    String id = ArticleId.of("https://news.example.com/story?id=7");
    assertThat(ArticleId.of("HTTPS://NEWS.example.com:443/story?id=7&utm_source=x#top"))
        .isEqualTo(id);
    assertThat(id).hasSize(32).matches("[0-9a-f]+");
    assertThat(ArticleId.of("https://news.example.com/story?id=8")).isNotEqualTo(id);
  }

  @Test
  void aDeclaredCanonicalOnAnotherSiteIsIgnored() {
    assertThat(CanonicalUrl.choose("https://a.example.com/x?utm_source=1", "https://evil.example.net/y"))
        .isEqualTo("https://a.example.com/x");
    assertThat(CanonicalUrl.choose("https://www.a.example.com/x?ref=2", "https://a.example.com/x"))
        .isEqualTo("https://a.example.com/x");
  }

  @Test
  void nonHttpUrlsAreRefused() {
    assertThatThrownBy(() -> CanonicalUrl.of("file:///etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CanonicalUrl.of("  ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contentHashIgnoresWhitespaceButNotWords() {
    assertThat(ContentHash.of("Title", "One  two\n\nthree"))
        .isEqualTo(ContentHash.of(" Title ", "One two three"))
        .isNotEqualTo(ContentHash.of("Title", "One two four"));
  }
}
