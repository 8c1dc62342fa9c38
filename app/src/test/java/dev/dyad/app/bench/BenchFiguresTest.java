package dev.dyad.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchFiguresTest {
  private static final long MB = 1024 * 1024;

  // Dyad: 36 articles, 18,000 tokens in 12 s; CoreNLP: 36 articles, 24,000 tokens in 4 s
  private static final PipelineFigures DYAD = new PipelineFigures(5.2,
      new Throughput(36, 18_000, 14.0, 14.0), new Throughput(36, 18_000, 12.0, 11.5), 900 * MB, 410 * MB, 1650 * MB);
  private static final PipelineFigures CORENLP = new PipelineFigures(3.9,
      new Throughput(36, 24_000, 5.0, 5.0), new Throughput(36, 24_000, 4.0, 4.0), 700 * MB, 380 * MB, 1200 * MB);

  @Test
  void ratiosAreDyadOverBaseline() {
    BenchFigures f = new BenchFigures(36, 0, 1, 1, DYAD, Optional.of(CORENLP));
    assertThat(f.articlesRatio()).hasValueSatisfying(r -> assertThat(r).isCloseTo(1 / 3.0, within()));
    assertThat(f.tokensRatio()).hasValueSatisfying(r -> assertThat(r).isCloseTo(0.25, within()));
  }

  @Test
  void noRatiosWithoutBaseline() {
    BenchFigures f = new BenchFigures(36, 0, 1, 1, DYAD, Optional.empty());
    assertThat(f.articlesRatio()).isEmpty();
    assertThat(f.tokensRatio()).isEmpty();
  }

  @Test
  void ratioOverAZeroBaselineIsNotANumber() {
    assertThat(BenchFigures.ratio(3, 0)).isNaN();
    assertThat(BenchFigures.fixed(Double.NaN, 2)).isEqualTo("n/a");
  }

  @Test
  void benchLineListsDyadThenBaselineThenRatios() {
    BenchFigures f = new BenchFigures(36, 1, 2, 1, DYAD, Optional.of(CORENLP));
    assertThat(f.benchLine()).isEqualTo("BENCH articles=36 repeat=2 threads=1"
        + " tokens=18000 load_s=5.20 warmup_s=14.00 wall_s=12.00 cpu_s=11.50 articles_per_s=3.00 tokens_per_s=1500"
        + " peak_heap_mb=1650 live_heap_mb=410"
        + " baseline_tokens=24000 baseline_load_s=3.90 baseline_warmup_s=5.00 baseline_wall_s=4.00 baseline_cpu_s=4.00"
        + " baseline_articles_per_s=9.00 baseline_tokens_per_s=6000 baseline_peak_heap_mb=1200"
        + " ratio_articles=0.33 ratio_tokens=0.25");
  }

  @Test
  void peakIsTheHigherOfLoadAndRun() {
    PipelineFigures loadHeavy = new PipelineFigures(1, new Throughput(1, 1, 1, 1), new Throughput(1, 1, 1, 1), 2000 * MB, 1, 500 * MB);
    assertThat(loadHeavy.peakBytes()).isEqualTo(2000 * MB);
  }

  @Test
  void formatsTableWithBaselineColumnsAndEndsWithBenchLine() {
    BenchFigures f = new BenchFigures(36, 0, 1, 2, DYAD, Optional.of(CORENLP));
    String out = f.format();
    assertThat(out).startsWith("Dyad bench: 36 articles (0 unreadable sources), corpus timed 1×, 2 threads");
    assertThat(out.lines()).contains(
        "                              Dyad   CoreNLP  Dyad/CoreNLP",
        "  articles/s                  3.00      9.00          0.33",
        "  tokens/s                    1500      6000          0.25",
        "  CPU in timed (s)           11.50      4.00",
        "  heap peak in passes      1.61 GB   1.17 GB");
    assertThat(out.lines().reduce((a, b) -> b)).hasValue(f.benchLine());
  }

  @Test
  void formatsTableWithoutBaselineInOneColumn() {
    String out = new BenchFigures(36, 0, 1, 1, DYAD, Optional.empty()).format();
    assertThat(out).contains(", 1 thread" + System.lineSeparator()).doesNotContain("CoreNLP").doesNotContain("baseline_");
    assertThat(out.lines()).contains("  heap live after load      410 MB");
  }

  @Test
  void sizesBelowAGigabyteInMegabytes() {
    assertThat(BenchFigures.size(1023 * MB)).isEqualTo("1023 MB");
    assertThat(BenchFigures.size(1536 * MB)).isEqualTo("1.50 GB");
    assertThat(BenchFigures.megabytes(MB + MB / 2)).isEqualTo(2);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
