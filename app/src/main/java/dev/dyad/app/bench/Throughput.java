package dev.dyad.app.bench;

/**
 * One measured run of a pipeline: how many articles and tokens it processed, in how many seconds
 * of wall time, and how many seconds of the process's CPU time that took (NaN when the JVM does
 * not report it). Example: {@code new Throughput(36, 18_000, 12.0, 11.5)} is 3 articles/s and
 * 1,500 tokens/s.
 */
public record Throughput(long articles, long tokens, double seconds, double cpuSeconds) {
  public Throughput {
    if (articles < 0 || tokens < 0 || !(seconds >= 0) || cpuSeconds < 0) {
      throw new IllegalArgumentException(
          "negative throughput: " + articles + " articles, " + tokens + " tokens, " + seconds + " s");
    }
  }

  /** Articles per second; 0 when no time was measured. */
  public double articlesPerSecond() {
    return seconds == 0 ? 0 : articles / seconds;
  }

  /** Tokens per second; 0 when no time was measured. */
  public double tokensPerSecond() {
    return seconds == 0 ? 0 : tokens / seconds;
  }
}
