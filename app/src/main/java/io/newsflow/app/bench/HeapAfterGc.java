package io.newsflow.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap in use right after each garbage collection of this JVM, as the collector reports it
 * in its notification (the heap pools' usage after the collection, summed): what survived, not
 * the garbage piling up between two collections. Keeps the value after the last collection, and
 * the lowest and the number of collections since the last {@link #window()}.
 *
 * <p>A young collection leaves the old generation's garbage where it is, so that value climbs
 * until the collector cleans the old generation, which on a large heap may not happen for a long
 * while; {@link #collectNow()} collects the whole heap, after which the value is what is live.
 */
final class HeapAfterGc implements AutoCloseable {
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP)
      .map(MemoryPoolMXBean::getName)
      .collect(Collectors.toSet());
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::collected;
  private long last = -1;
  private long lowest = -1;
  private int collections;
  private long explicitCollections;
  private long explicitPauseMs = -1;

  /** What a window of time saw: bytes after the last collection, the lowest, how many. */
  record Window(long lastBytes, long lowestBytes, int collections) {}

  HeapAfterGc() {
    last = collectionUsage();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
        .equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    synchronized (this) {
      last = used;
      lowest = lowest < 0 ? used : Math.min(lowest, used);
      collections++;
      if ("System.gc()".equals(info.getGcCause())) {
        explicitCollections++;
        explicitPauseMs = info.getGcInfo().getDuration();
        notifyAll();
      }
    }
  }

  /**
   * Collects the whole heap now ({@code System.gc()}) and waits for the collector to report it,
   * so that the value after the last collection is what is live.
   *
   * @return how long the collection took in ms, or -1 when none was reported (the JVM ignores
   *     explicit collections with -XX:+DisableExplicitGC)
   */
  long collectNow() throws InterruptedException {
    long before;
    synchronized (this) {
      before = explicitCollections;
    }
    System.gc();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    synchronized (this) {
      while (explicitCollections == before) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return -1;
        }
        wait(left);
      }
      return explicitPauseMs;
    }
  }

  /**
   * The figures since the last call; without a collection in between, the lowest is the value
   * after the last collection before.
   */
  synchronized Window window() {
    Window window = new Window(last, lowest < 0 ? last : lowest, collections);
    lowest = -1;
    collections = 0;
    return window;
  }

  /** Before the first notification: the heap pools' usage after their last collection. */
  private long collectionUsage() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage usage = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (usage != null) {
        used += usage.getUsed();
      }
    }
    return used;
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException ignored) {
        // not listening
      }
    }
  }
}
