package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FetchUrlTest {

  @Test
  void illegalCharactersAreEscapedAndValidEscapesKept() {
    assertThat(
            FetchUrl.parse("https://gazette.example/news/night ferry|2031?q=a b&x=%20").toString())
        .isEqualTo("https://gazette.example/news/night%20ferry%7C2031?q=a%20b&x=%20");
  }

  @Test
  void nonAsciiPathsAreEscapedAsUtf8() {
    assertThat(FetchUrl.parse("https://gazette.example/caf\u00e9").toString())
        .isEqualTo("https://gazette.example/caf%C3%A9");
  }

  @Test
  void theQueryKeepsItsOrder() {
    assertThat(FetchUrl.parse("https://gazette.example/s?z=1&a=2").toString())
        .isEqualTo("https://gazette.example/s?z=1&a=2");
  }

  @Test
  void unicodeHostNamesBecomePunycode() {
    assertThat(FetchUrl.parse("https://M\u00fcnchen.example/").getHost())
        .isEqualTo("xn--mnchen-3ya.example");
  }

  @Test
  void theFragmentTheUserInfoAndTheDefaultPortAreDropped() {
    assertThat(FetchUrl.parse("HTTPS://editor:pw@Gazette.example:443/a#top").toString())
        .isEqualTo("https://gazette.example/a");
  }

  @Test
  void anEmptyPathBecomesTheRoot() {
    assertThat(FetchUrl.parse("http://gazette.example:8080").toString())
        .isEqualTo("http://gazette.example:8080/");
  }

  @Test
  void relativeAndProtocolRelativeLocationsAreResolved() {
    URI base = FetchUrl.parse("https://gazette.example/news/2031/ferry");
    assertThat(FetchUrl.resolve(base, "../2030/bus").toString())
        .isEqualTo("https://gazette.example/news/2030/bus");
    assertThat(FetchUrl.resolve(base, "//cdn.gazette.example/x").toString())
        .isEqualTo("https://cdn.gazette.example/x");
    assertThat(FetchUrl.resolve(base, "/a b").toString())
        .isEqualTo("https://gazette.example/a%20b");
  }

  @Test
  void ipv6HostsKeepTheirBrackets() {
    assertThat(FetchUrl.parse("http://[::1]:8080/a").getHost()).isEqualTo("[::1]");
  }

  @Test
  void onlyHttpAndHttpsAreFetched() {
    assertThatThrownBy(() -> FetchUrl.parse("ftp://gazette.example/a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchUrl.parse("javascript:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchUrl.parse("/news/relative"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchUrl.parse("http:///no-host"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aHostNameAUriCannotHoldIsRejected() {
    assertThatThrownBy(() -> FetchUrl.parse("http://news_desk.gazette.example/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("news_desk");
  }

  @Test
  void theOriginIsSchemeHostAndPort() {
    assertThat(FetchUrl.origin(FetchUrl.parse("https://gazette.example:8443/a?b")))
        .isEqualTo("https://gazette.example:8443");
  }
}
