package dev.dyad.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThroughputTest {

  @Test
  void ratesArePerSecondOfWallTime() {
    Throughput t = new Throughput(36, 18_000, 12.0, 12.0);
    assertThat(t.articlesPerSecond()).isEqualTo(3.0);
    assertThat(t.tokensPerSecond()).isEqualTo(1500.0);
  }

  @Test
  void ratesAreZeroWhenNoTimeWasMeasured() {
    assertThat(new Throughput(5, 100, 0, 0).articlesPerSecond()).isZero();
    assertThat(new Throughput(5, 100, 0, 0).tokensPerSecond()).isZero();
  }

  @Test
  void rejectsNegativeOrUndefinedFigures() {
    assertThatThrownBy(() -> new Throughput(-1, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Throughput(1, 0, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Throughput(1, 0, 1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cpuTimeMayBeUnknown() {
    assertThat(new Throughput(1, 1, 1, Double.NaN).cpuSeconds()).isNaN();
  }
}
