package dev.dyad.core.model;

import java.util.Objects;

/**
 * Where a record comes from: an article and the character span of the sentence (or caption) that
 * states it, with that text, so the quote can be checked against the article.
 */
public record Evidence(String article, int start, int end, String text) {
  public Evidence {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("bad evidence span [" + start + "," + end + ") in " + article);
    }
  }
}
