package dev.dyad.core.model;

import java.util.List;

/** What a reader got from one source: the articles it could read and the problems it met. */
public record ReadResult(List<Article> articles, List<Problem> problems) {
  public ReadResult {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  public static ReadResult of(Article article) {
    return new ReadResult(List.of(article), List.of());
  }

  public static ReadResult failed(Problem problem) {
    return new ReadResult(List.of(), List.of(problem));
  }
}
