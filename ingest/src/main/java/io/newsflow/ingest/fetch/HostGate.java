package io.newsflow.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Politeness per host: one request at a time, and a pause after each before the next may start (the
 * host delay, a longer Crawl-delay, a backoff or a Retry-After). {@link #enter} blocks until the
 * host is free and its pause is over.
 */
final class HostGate {
  /** Idle hosts are forgotten once the map grows past this. */
  private static final int PRUNE_ABOVE = 4096;

  /** One host's state; times are {@link TimeSource#nanoTime()} values, compared by difference. */
  private static final class Host {
    boolean busy;
    boolean retired;
    /** Whether a request has left; until then there is no pause to wait for. */
    boolean visited;
    long lastLeft;
    long notBefore;
    int waiting;

    void pauseAtLeast(long until) {
      if (until - notBefore > 0) {
        notBefore = until;
      }
    }
  }

  private final TimeSource time;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  HostGate(TimeSource time) {
    this.time = time;
  }

  /** Waits until {@code host} is free and rested, then holds it until {@link #leave}. */
  void enter(String host) throws InterruptedException {
    String key = key(host);
    while (true) {
      Host state = hosts.computeIfAbsent(key, k -> new Host());
      long pause;
      synchronized (state) {
        state.waiting++;
        try {
          while (state.busy && !state.retired) {
            state.wait();
          }
        } finally {
          state.waiting--;
        }
        if (state.retired) {
          continue; // pruned while we looked it up: take the fresh one
        }
        state.busy = true;
        pause = state.visited ? state.notBefore - time.nanoTime() : 0;
      }
      if (pause > 0) {
        try {
          time.sleep(Duration.ofNanos(pause));
        } catch (InterruptedException e) {
          leave(host, Duration.ZERO);
          throw e;
        }
      }
      return;
    }
  }

  /** Frees {@code host}; the next request to it may start after {@code pause}. */
  void leave(String host, Duration pause) {
    Host state = hosts.get(key(host));
    if (state == null) {
      return;
    }
    synchronized (state) {
      state.busy = false;
      state.lastLeft = time.nanoTime();
      if (!state.visited) {
        state.visited = true;
        state.notBefore = state.lastLeft;
      }
      state.pauseAtLeast(state.lastLeft + pause.toNanos());
      state.notifyAll();
    }
    if (hosts.size() > PRUNE_ABOVE) {
      prune();
    }
  }

  /**
   * Makes the pause since the last request to {@code host} at least {@code pause}: a Crawl-delay
   * learnt from the robots.txt just fetched applies to the request that follows it.
   */
  void stretchPause(String host, Duration pause) {
    Host state = hosts.get(key(host));
    if (state == null) {
      return;
    }
    synchronized (state) {
      if (state.visited) {
        state.pauseAtLeast(state.lastLeft + pause.toNanos());
      }
    }
  }

  private void prune() {
    long now = time.nanoTime();
    hosts.forEach(
        (key, state) -> {
          synchronized (state) {
            if (!state.busy && state.waiting == 0 && state.notBefore - now <= 0) {
              state.retired = true;
              hosts.remove(key, state);
            }
          }
        });
  }

  private static String key(String host) {
    return host.toLowerCase(Locale.ROOT);
  }
}
