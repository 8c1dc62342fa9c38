package dev.dyad.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;

/**
 * A timer of passes over a list of items: runs a piece of work on every item, the whole list
 * {@code repeat} times, on the calling thread or a bounded pool, and returns the wall time with
 * the number of items, the sum of what the work returned (its token count) and the process's CPU
 * time.
 *
 * <p>An exception thrown by the work ends the run and is rethrown (unwrapped when it comes from
 * a pool thread): a benchmark of a pipeline that fails is not a figure.
 */
final class TimedPasses {
  private final int threads;

  TimedPasses(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
  }

  <T> Throughput run(List<T> items, int repeat, ToLongFunction<? super T> work) {
    if (repeat < 1) {
      throw new IllegalArgumentException("repeat must be at least 1, was " + repeat);
    }
    long cpuStart = ProcessCpu.nanos();
    long start = System.nanoTime();
    long tokens = threads == 1 ? inline(items, repeat, work) : pooled(items, repeat, work);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = cpuStart < 0 ? Double.NaN : (ProcessCpu.nanos() - cpuStart) / 1e9;
    return new Throughput((long) items.size() * repeat, tokens, seconds, cpu);
  }

  private static <T> long inline(List<T> items, int repeat, ToLongFunction<? super T> work) {
    long sum = 0;
    for (int r = 0; r < repeat; r++) {
      for (T item : items) {
        sum += work.applyAsLong(item);
      }
    }
    return sum;
  }

  private <T> long pooled(List<T> items, int repeat, ToLongFunction<? super T> work) {
    List<Callable<Long>> tasks = new ArrayList<>();
    for (int r = 0; r < repeat; r++) {
      for (T item : items) {
        tasks.add(() -> work.applyAsLong(item));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long sum = 0;
      for (Future<Long> f : pool.invokeAll(tasks)) {
        sum += f.get();
      }
      return sum;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
