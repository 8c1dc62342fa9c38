package dev.dyad.app.bench;

import java.util.Objects;

/**
 * What a benchmark measured for one pipeline: its load time, the untimed warm-up pass, the timed
 * pass(es), and heap use (bytes) at three moments.
 *
 * <p>Heap figures come from {@link HeapPeaks}: {@code loadPeakBytes} is the peak from process
 * start through loading, {@code liveBytes} the heap in use after a full GC once loaded (the
 * models and whatever else is reachable), and {@code runPeakBytes} the peak from then through the
 * timed pass(es). Peaks include garbage not yet collected, so they grow with {@code -Xmx}.
 */
public record PipelineFigures(
    double loadSeconds,
    Throughput warmUp,
    Throughput timed,
    long loadPeakBytes,
    long liveBytes,
    long runPeakBytes) {

  public PipelineFigures {
    Objects.requireNonNull(warmUp, "warmUp");
    Objects.requireNonNull(timed, "timed");
  }

  /** The higher of the load and run peaks. */
  public long peakBytes() {
    return Math.max(loadPeakBytes, runPeakBytes);
  }

  /** Tokens in one pass over the corpus. */
  public long tokensPerPass() {
    return warmUp.tokens();
  }
}
