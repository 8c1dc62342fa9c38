package dev.dyad.app.bench;

import dev.dyad.core.ingest.ArticleSources;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.Problem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles a benchmark runs on, read into memory once so that no pass times file reading,
 * and the number of sources that could not be read.
 */
public record BenchCorpus(List<Article> articles, int problems) {
  public BenchCorpus {
    articles = List.copyOf(articles);
  }

  /** Reads every article under {@code paths}; each problem is printed to {@code errors}. */
  public static BenchCorpus read(List<Path> paths, PrintStream errors) {
    List<Article> articles = new ArrayList<>();
    int[] problems = {0};
    new ArticleSources().forEach(paths, source -> {
      articles.addAll(source.result().articles());
      for (Problem p : source.result().problems()) {
        errors.println("error: " + p);
        problems[0]++;
      }
    });
    return new BenchCorpus(articles, problems[0]);
  }
}
