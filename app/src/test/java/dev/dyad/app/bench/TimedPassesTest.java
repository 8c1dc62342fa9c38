package dev.dyad.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class TimedPassesTest {
  private static final List<String> ITEMS = List.of("a", "bb", "ccc");

  @Test
  void countsEveryItemOfEveryPassAndSumsTheWork() {
    Throughput t = new TimedPasses(1).run(ITEMS, 3, String::length);
    assertThat(t.articles()).isEqualTo(9);
    assertThat(t.tokens()).isEqualTo(18);
    assertThat(t.seconds()).isPositive();
    assertThat(t.cpuSeconds()).isNotNegative();
  }

  @Test
  void oneThreadRunsOnTheCallingThread() {
    Set<Thread> seen = ConcurrentHashMap.newKeySet();
    new TimedPasses(1).run(ITEMS, 2, s -> { seen.add(Thread.currentThread()); return 1; });
    assertThat(seen).containsExactly(Thread.currentThread());
  }

  @Test
  void aPoolGivesTheSameSumsOnAtMostItsThreads() {
    Set<Thread> seen = ConcurrentHashMap.newKeySet();
    Throughput t = new TimedPasses(2).run(ITEMS, 4, s -> { seen.add(Thread.currentThread()); return s.length(); });
    assertThat(t.articles()).isEqualTo(12);
    assertThat(t.tokens()).isEqualTo(24);
    assertThat(seen).hasSizeBetween(1, 2).doesNotContain(Thread.currentThread());
  }

  @Test
  void workFailingOnAPoolThreadIsRethrownAsIs() {
    assertThatThrownBy(() -> new TimedPasses(2).run(ITEMS, 1, s -> {
      throw new IllegalStateException("broken " + s);
    })).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("broken ");
  }

  @Test
  void rejectsNoThreadsAndNoPasses() {
    assertThatThrownBy(() -> new TimedPasses(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TimedPasses(1).run(ITEMS, 0, String::length))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
