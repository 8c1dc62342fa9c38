package dev.dyad.app.bench;

import dev.dyad.core.annotate.TextAnnotator;
import dev.dyad.core.clean.ArticleCleaner;
import dev.dyad.core.extract.ArticleExtractor;
import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.model.Article;
import dev.dyad.core.pipeline.Pipeline;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * A benchmark of Dyad's per-article pipeline on a corpus held in memory: it times loading
 * (CoreNLP models and the gazetteer), runs one untimed warm-up pass, then times the corpus
 * {@code repeat} times on {@code threads} threads; optionally it then does the same, on one
 * thread, for a bare {@link CoreNlpBaseline} in the same process.
 *
 * <p>The baseline runs second, after Dyad's pipeline is dropped and collected, so its heap
 * figures are its own; its load is warmer than Dyad's (classes loaded, model files in the page
 * cache), which favours it. Not thread-safe: one benchmark at a time per process, since heap peaks
 * are process-wide.
 */
public final class PipelineBenchmark {
  private final ArticleExtractor extractor;
  private final int repeat;
  private final int threads;
  private final boolean baseline;
  private final Consumer<String> progress;

  /**
   * @param extractor the extract stage to run after clean and annotate
   * @param repeat how many times the timed pass goes over the corpus (at least 1)
   * @param threads the size of the pool Dyad's pipeline runs on (1: the calling thread)
   * @param baseline whether to measure the CoreNLP baseline too
   * @param progress told what the benchmark is doing, for a human watching
   */
  public PipelineBenchmark(
      ArticleExtractor extractor, int repeat, int threads, boolean baseline, Consumer<String> progress) {
    if (repeat < 1 || threads < 1) {
      throw new IllegalArgumentException("repeat and threads must be at least 1, were " + repeat + " and " + threads);
    }
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.repeat = repeat;
    this.threads = threads;
    this.baseline = baseline;
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  public BenchFigures run(BenchCorpus corpus) {
    if (corpus.articles().isEmpty()) {
      throw new IllegalArgumentException("no articles to benchmark");
    }
    HeapPeaks heap = new HeapPeaks();
    PipelineFigures dyad = dyad(corpus.articles(), heap);
    Optional<PipelineFigures> base = baseline ? Optional.of(baseline(corpus.articles(), heap)) : Optional.empty();
    return new BenchFigures(corpus.articles().size(), corpus.problems(), repeat, threads, dyad, base);
  }

  private PipelineFigures dyad(List<Article> articles, HeapPeaks heap) {
    progress.accept("loading Dyad's pipeline (CoreNLP models, gazetteer)");
    long start = System.nanoTime();
    TextAnnotator annotator = TextAnnotator.load();
    Gazetteer.standard().find("the President of Viet Nam"); // first use: data and ICU start-up
    Pipeline pipeline = new Pipeline(new ArticleCleaner(), annotator, extractor);
    double load = secondsSince(start);
    return passes("Dyad", load, heap, articles, new TimedPasses(threads),
        a -> pipeline.process(a).annotated().tokenCount());
  }

  private PipelineFigures baseline(List<Article> articles, HeapPeaks heap) {
    CoreNlpBaseline.dropCachedAnnotators(); // Dyad's models stay reachable through it otherwise
    heap.liveBytes(); // collects Dyad's pipeline, unreachable by now
    heap.reset();
    progress.accept("loading the CoreNLP baseline");
    long start = System.nanoTime();
    CoreNlpBaseline coreNlp = CoreNlpBaseline.load();
    double load = secondsSince(start);
    return passes("CoreNLP", load, heap, articles, new TimedPasses(1), coreNlp::tokens);
  }

  private PipelineFigures passes(String name, double load, HeapPeaks heap, List<Article> articles,
      TimedPasses timer, ToLongFunction<Article> work) {
    long loadPeak = heap.peakBytes();
    long live = heap.liveBytes();
    heap.reset();
    progress.accept(String.format(Locale.ROOT, "%s loaded in %.2f s; warm-up pass", name, load));
    Throughput warmUp = timer.run(articles, 1, work);
    progress.accept(String.format(Locale.ROOT, "%s warm-up took %.2f s; timed pass%s",
        name, warmUp.seconds(), repeat == 1 ? "" : "es"));
    Throughput timed = timer.run(articles, repeat, work);
    return new PipelineFigures(load, warmUp, timed, loadPeak, live, heap.peakBytes());
  }

  private static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
