package dev.dyad.core.resolve;

import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.Mechanism;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves the records of many articles into one {@link ResolvedKnowledge}. Articles are taken in
 * id order whatever order they were stored in, so the result does not depend on ingestion order.
 */
public final class Resolver {
  private Resolver() {}

  public static ResolvedKnowledge resolve(List<CleanArticle> articles, List<ArticleRecords> records) {
    List<ArticleRecords> ordered = records.stream().sorted(Comparator.comparing(ArticleRecords::article)).toList();
    List<Event> events = EventMerger.merge(all(ordered, ArticleRecords::events));
    List<Mechanism> mechanisms = FactMergers.mechanisms(all(ordered, ArticleRecords::mechanisms));
    Map<Integer, Integer> sessions = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      int event = i;
      Mechanisms.sessionOf(events.get(i), mechanisms).ifPresent(m -> sessions.put(event, m));
    }
    return new ResolvedKnowledge(
        articles.stream().sorted(Comparator.comparing(a -> a.article().id())).toList(),
        events,
        PeopleMerger.merge(all(ordered, ArticleRecords::people)),
        mechanisms,
        sessions,
        FactMergers.agreements(all(ordered, ArticleRecords::agreements)),
        FactMergers.statistics(all(ordered, ArticleRecords::statistics)),
        FactMergers.claims(all(ordered, ArticleRecords::claims)));
  }

  private static <T> List<T> all(List<ArticleRecords> records, Function<ArticleRecords, List<T>> kind) {
    return records.stream().flatMap(r -> kind.apply(r).stream()).toList();
  }
}
