package dev.dyad.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article with its readable lines split into sentences, tokens, entity mentions and
 * normalised time mentions. Only {@link CleanArticle#readableLines()} are annotated; every
 * offset points into {@link Article#text()}.
 */
public record AnnotatedArticle(CleanArticle clean, List<Sentence> sentences) {
  public AnnotatedArticle {
    Objects.requireNonNull(clean, "clean");
    sentences = List.copyOf(sentences);
  }

  public Article article() {
    return clean.article();
  }

  /** The number of tokens in all sentences. */
  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
