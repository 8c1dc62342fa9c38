package dev.dyad.app.cli;

import dev.dyad.app.bench.BenchCorpus;
import dev.dyad.app.bench.BenchFigures;
import dev.dyad.app.bench.PipelineBenchmark;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad bench PATH... [--repeat N] [--baseline] [--threads T]}: times the per-article
 * pipeline on a corpus and prints a table and a {@code BENCH} line; exit code 2 if no article
 * could be read.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Time the per-article pipeline (clean, annotate, extract) on a corpus: load time, "
        + "articles/s, tokens/s, heap. Progress goes to standard error, figures to standard output.",
        "Run with a large heap (-Xmx3g; ./dyad sets it)."})
final class BenchCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles (read recursively).")
  List<Path> paths;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
      description = "Time the corpus N times over, after one warm-up pass (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
      description = "Run Dyad's pipeline on a pool of T threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--baseline",
      description = "Also time a bare CoreNLP pipeline (same annotators, full text, one thread) and print the ratios.")
  boolean baseline;

  @Override
  public Integer call() {
    if (repeat < 1 || threads < 1) {
      System.err.println("error: --repeat and --threads must be at least 1");
      return 2;
    }
    BenchCorpus corpus = BenchCorpus.read(paths, System.err);
    if (corpus.articles().isEmpty()) {
      System.err.println("error: no article could be read from " + paths);
      return 2;
    }
    BenchFigures figures = new PipelineBenchmark(Extractors.standard(), repeat, threads, baseline,
        step -> System.err.println("bench: " + step)).run(corpus);
    System.out.println(figures.format());
    return 0;
  }
}
