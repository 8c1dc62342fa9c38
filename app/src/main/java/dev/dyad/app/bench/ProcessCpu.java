package dev.dyad.app.bench;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this JVM has used (all its threads, GC and JIT included), for telling a slow
 * pipeline from a busy machine: on a shared host, wall time grows with other load and CPU time
 * much less.
 */
final class ProcessCpu {
  private ProcessCpu() {}

  /** Nanoseconds of CPU used by the process so far; -1 when the JVM does not say. */
  static long nanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }
}
