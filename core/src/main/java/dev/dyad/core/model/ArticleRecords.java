package dev.dyad.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article: pure output of the per-article pipeline. Lists read back
 * from an older store that lacked a kind come in as null and are taken as empty.
 */
public record ArticleRecords(
    String article,
    List<Event> events,
    List<Person> people,
    List<Mechanism> mechanisms,
    List<Agreement> agreements,
    List<Statistic> statistics,
    List<Claim> claims) {

  public ArticleRecords {
    Objects.requireNonNull(article, "article");
    events = copy(events);
    people = copy(people);
    mechanisms = copy(mechanisms);
    agreements = copy(agreements);
    statistics = copy(statistics);
    claims = copy(claims);
  }

  public ArticleRecords(String article, List<Event> events, List<Person> people) {
    this(article, events, people, List.of(), List.of(), List.of(), List.of());
  }

  public static ArticleRecords empty(String article) {
    return new ArticleRecords(article, List.of(), List.of());
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
