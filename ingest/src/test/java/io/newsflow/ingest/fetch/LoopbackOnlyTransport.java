package io.newsflow.ingest.fetch;

import io.newsflow.core.status.FetchOutcome;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real transport behind a test safety net: it records every URI sent and refuses, without any
 * network traffic, to send to anything but a loopback address, so a guard that failed would fail a
 * test instead of reaching another machine.
 */
final class LoopbackOnlyTransport implements HttpTransport {
  private final HttpTransport real;
  private final List<URI> sent = new CopyOnWriteArrayList<>();
  private final List<URI> refused = new CopyOnWriteArrayList<>();

  LoopbackOnlyTransport(HttpTransport real) {
    this.real = real;
  }

  @Override
  public Exchange exchange(TransportRequest request) {
    URI uri = request.uri();
    if (!isLoopback(uri.getHost())) {
      refused.add(uri);
      return Exchange.failed(FetchOutcome.CONNECTION_ERROR, "test transport: not loopback", false);
    }
    sent.add(uri);
    return real.exchange(request);
  }

  private static boolean isLoopback(String host) {
    return CidrRange.literal(host).map(InetAddress::isLoopbackAddress).orElse(false);
  }

  List<URI> sent() {
    return List.copyOf(sent);
  }

  /**
   * URIs the fetcher tried to send to a non-loopback address: always empty in a correct fetcher.
   */
  List<URI> refused() {
    return List.copyOf(refused);
  }

  @Override
  public void close() {
    real.close();
  }
}
