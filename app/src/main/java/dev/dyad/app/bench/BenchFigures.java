package dev.dyad.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one {@code dyad bench} run: the corpus size, how it was run, what Dyad's
 * per-article pipeline measured and, when asked for, what the bare CoreNLP baseline measured;
 * {@link #format} renders them as a table followed by one machine-readable {@code BENCH} line.
 *
 * <p>Example {@code BENCH} line (sizes in MB of 2<sup>20</sup> bytes, tokens per corpus pass):
 * <pre>
 * BENCH articles=36 repeat=1 threads=1 tokens=16000 load_s=5.2 warmup_s=14.1 wall_s=11.6 cpu_s=11.9
 *   articles_per_s=3.1 tokens_per_s=1380 live_heap_mb=410 peak_heap_mb=1650 baseline_load_s=3.9 …
 *   ratio_articles=0.36 ratio_tokens=0.56
 * </pre>
 * (one line in the output).
 */
public record BenchFigures(
    int articles,
    int problems,
    int repeat,
    int threads,
    PipelineFigures dyad,
    Optional<PipelineFigures> baseline) {

  private static final double MB = 1024 * 1024;

  public BenchFigures {
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(baseline, "baseline");
  }

  /** Dyad's articles/s over the baseline's; empty without a baseline, NaN if it measured zero. */
  public Optional<Double> articlesRatio() {
    return baseline.map(b -> ratio(dyad.timed().articlesPerSecond(), b.timed().articlesPerSecond()));
  }

  /** Dyad's tokens/s over the baseline's; empty without a baseline, NaN if it measured zero. */
  public Optional<Double> tokensRatio() {
    return baseline.map(b -> ratio(dyad.timed().tokensPerSecond(), b.timed().tokensPerSecond()));
  }

  static double ratio(double dyad, double baseline) {
    return baseline > 0 ? dyad / baseline : Double.NaN;
  }

  /** The table, then the {@code BENCH} line. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Dyad bench: %d articles (%d unreadable sources), corpus timed %d×, %d thread%s%n",
        articles, problems, repeat, threads, threads == 1 ? "" : "s"));
    Optional<PipelineFigures> b = baseline;
    row(out, "", "Dyad", b.map(x -> "CoreNLP"), b.map(x -> "Dyad/CoreNLP"));
    row(out, "load (s)", fixed(dyad.loadSeconds(), 2), b.map(x -> fixed(x.loadSeconds(), 2)), Optional.empty());
    row(out, "warm-up pass (s)", fixed(dyad.warmUp().seconds(), 2), b.map(x -> fixed(x.warmUp().seconds(), 2)), Optional.empty());
    row(out, "timed wall (s)", fixed(dyad.timed().seconds(), 2), b.map(x -> fixed(x.timed().seconds(), 2)), Optional.empty());
    row(out, "CPU in timed (s)", fixed(dyad.timed().cpuSeconds(), 2), b.map(x -> fixed(x.timed().cpuSeconds(), 2)), Optional.empty());
    row(out, "tokens per pass", fixed(dyad.tokensPerPass(), 0), b.map(x -> fixed(x.tokensPerPass(), 0)), Optional.empty());
    row(out, "articles/s", fixed(dyad.timed().articlesPerSecond(), 2),
        b.map(x -> fixed(x.timed().articlesPerSecond(), 2)), articlesRatio().map(r -> fixed(r, 2)));
    row(out, "tokens/s", fixed(dyad.timed().tokensPerSecond(), 0),
        b.map(x -> fixed(x.timed().tokensPerSecond(), 0)), tokensRatio().map(r -> fixed(r, 2)));
    row(out, "heap live after load", size(dyad.liveBytes()), b.map(x -> size(x.liveBytes())), Optional.empty());
    row(out, "heap peak in load", size(dyad.loadPeakBytes()), b.map(x -> size(x.loadPeakBytes())), Optional.empty());
    row(out, "heap peak in passes", size(dyad.runPeakBytes()), b.map(x -> size(x.runPeakBytes())), Optional.empty());
    return out.append(benchLine()).toString();
  }

  /** One line of {@code key=value} pairs, starting with {@code BENCH }. */
  public String benchLine() {
    List<String> kv = new ArrayList<>();
    kv.add("articles=" + articles);
    kv.add("repeat=" + repeat);
    kv.add("threads=" + threads);
    pipeline(kv, "", dyad);
    kv.add("live_heap_mb=" + megabytes(dyad.liveBytes()));
    baseline.ifPresent(b -> {
      pipeline(kv, "baseline_", b);
      kv.add("ratio_articles=" + fixed(articlesRatio().orElseThrow(), 2));
      kv.add("ratio_tokens=" + fixed(tokensRatio().orElseThrow(), 2));
    });
    return "BENCH " + String.join(" ", kv);
  }

  private static void pipeline(List<String> kv, String prefix, PipelineFigures f) {
    kv.add(prefix + "tokens=" + f.tokensPerPass());
    kv.add(prefix + "load_s=" + fixed(f.loadSeconds(), 2));
    kv.add(prefix + "warmup_s=" + fixed(f.warmUp().seconds(), 2));
    kv.add(prefix + "wall_s=" + fixed(f.timed().seconds(), 2));
    kv.add(prefix + "cpu_s=" + fixed(f.timed().cpuSeconds(), 2));
    kv.add(prefix + "articles_per_s=" + fixed(f.timed().articlesPerSecond(), 2));
    kv.add(prefix + "tokens_per_s=" + fixed(f.timed().tokensPerSecond(), 0));
    kv.add(prefix + "peak_heap_mb=" + megabytes(f.peakBytes()));
  }

  private static void row(StringBuilder out, String label, String dyad, Optional<String> baseline, Optional<String> ratio) {
    out.append(String.format(Locale.ROOT, "  %-22s%10s%10s%14s", label, dyad, baseline.orElse(""), ratio.orElse(""))
        .stripTrailing()).append(System.lineSeparator());
  }

  static String fixed(double value, int decimals) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  static long megabytes(long bytes) {
    return Math.round(bytes / MB);
  }

  /** "850 MB" below a gigabyte, "1.62 GB" from there. */
  static String size(long bytes) {
    long mb = megabytes(bytes);
    return mb < 1024 ? mb + " MB" : String.format(Locale.ROOT, "%.2f GB", bytes / (MB * 1024));
  }
}
