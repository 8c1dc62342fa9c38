package dev.dyad.core.model;

import java.util.List;
import java.util.Objects;

/** Everything extracted from one article: pure output of the per-article pipeline. */
public record ArticleRecords(String article, List<Event> events, List<Person> people) {
  public ArticleRecords {
    Objects.requireNonNull(article, "article");
    events = List.copyOf(events);
    people = List.copyOf(people);
  }

  public static ArticleRecords empty(String article) {
    return new ArticleRecords(article, List.of(), List.of());
  }
}
