package dev.dyad.core.resolve;

import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.PartialDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates articles that state no publication date from events they share with dated articles. An
 * article that says a visit "began on Wednesday", where other articles date that visit to December
 * 2023, was published in December 2023: the month of the shared event, never a guessed day. Only
 * events reported with a day word relative to publication ("on Wednesday", "yesterday", "today")
 * count — a background mention ("since the visit in December 2023") says nothing of when the
 * article was written.
 */
public final class ArticleDating {
  private static final Pattern RELATIVE_DAY = Pattern.compile(
      "\\b(?:on |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\b(?:today|yesterday|tonight|tomorrow|this week)\\b",
      Pattern.CASE_INSENSITIVE);

  private ArticleDating() {}

  /** Publication months for the undated articles that share a current event with dated ones. */
  public static Map<String, PartialDate> infer(List<CleanArticle> articles, List<ArticleRecords> records) {
    Set<String> undated = articles.stream().filter(a -> a.article().published().isEmpty())
        .map(a -> a.article().id()).collect(Collectors.toSet());
    List<Event> dated = records.stream().filter(r -> !undated.contains(r.article()))
        .flatMap(r -> r.events().stream()).filter(e -> e.start().isPresent()).toList();
    Map<String, PartialDate> out = new HashMap<>();
    for (ArticleRecords r : records) {
      if (!undated.contains(r.article())) {
        continue;
      }
      Map<PartialDate, Long> votes = r.events().stream()
          .filter(e -> e.evidence().stream().anyMatch(ev -> RELATIVE_DAY.matcher(ev.text()).find()))
          .flatMap(e -> dated.stream().filter(d -> !d.participants().isEmpty() && EventMerger.sameEvent(e, d)))
          .map(d -> d.start().get().withMonthPrecision())
          .collect(Collectors.groupingBy(d -> d, Collectors.counting()));
      votes.entrySet().stream().max(Map.Entry.<PartialDate, Long>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
          .ifPresent(best -> out.put(r.article(), best.getKey()));
    }
    return out;
  }
}
