package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpectedContentTest {

  @Test
  void pagesAcceptHtmlAndXhtmlOnly() {
    assertThat(ExpectedContent.HTML.accepts("text/html")).isTrue();
    assertThat(ExpectedContent.HTML.accepts("application/xhtml+xml")).isTrue();
    assertThat(ExpectedContent.HTML.accepts("text/plain")).isFalse();
    assertThat(ExpectedContent.HTML.accepts("application/pdf")).isFalse();
  }

  @Test
  void aMissingContentTypeIsLetThroughForTheParserToSniff() {
    assertThat(ExpectedContent.HTML.accepts(null)).isTrue();
  }

  @Test
  void feedsAndSitemapsAcceptTextXmlJsonAndGzip() {
    for (String type :
        new String[] {
          "application/rss+xml",
          "application/atom+xml",
          "text/xml",
          "application/xml",
          "text/plain",
          "application/feed+json",
          "application/x-gzip"
        }) {
      assertThat(ExpectedContent.XML_OR_TEXT.accepts(type)).as(type).isTrue();
    }
    assertThat(ExpectedContent.XML_OR_TEXT.accepts("image/jpeg")).isFalse();
    assertThat(ExpectedContent.XML_OR_TEXT.accepts("video/mp4")).isFalse();
  }

  @Test
  void anyAcceptsEverything() {
    assertThat(ExpectedContent.ANY.accepts("image/png")).isTrue();
  }
}
