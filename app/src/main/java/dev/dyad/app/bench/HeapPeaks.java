package dev.dyad.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The JVM's heap use as its memory pools report it: the sum of the heap pools' peak usage since
 * the last {@link #reset}, and the heap in use now.
 *
 * <p>The sum of per-pool peaks is an upper bound of the true peak: pools (eden, survivor, old)
 * need not peak at the same moment.
 */
final class HeapPeaks {
  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();

  /** Sum of the heap pools' peak usage since the JVM started or the last {@link #reset}. */
  long peakBytes() {
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** Heap in use after a full collection: roughly what is reachable now. */
  long liveBytes() {
    System.gc();
    return pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  /** Starts the peaks afresh from the current usage. */
  void reset() {
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
  }
}
