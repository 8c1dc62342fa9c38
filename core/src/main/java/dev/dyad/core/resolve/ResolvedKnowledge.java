package dev.dyad.core.resolve;

import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.Mechanism;
import dev.dyad.core.model.Person;
import dev.dyad.core.model.Statistic;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base resolved across articles: one event per real-world event, one person however
 * the name is written, one mechanism however it is worded, merged agreements and statistics, and
 * claims grouped with their conflicts. Ids are positions: event {@code e1} is {@code events().get(0)}.
 * {@code eventMechanism} maps an event's index to the index of the mechanism it is a session of.
 */
public record ResolvedKnowledge(
    List<CleanArticle> articles,
    List<Event> events,
    List<Person> people,
    List<Mechanism> mechanisms,
    Map<Integer, Integer> eventMechanism,
    List<Agreement> agreements,
    List<Statistic> statistics,
    List<FactMergers.ClaimGroup> claims) {

  public ResolvedKnowledge {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    people = List.copyOf(people);
    mechanisms = List.copyOf(mechanisms);
    eventMechanism = Map.copyOf(eventMechanism);
    agreements = List.copyOf(agreements);
    statistics = List.copyOf(statistics);
    claims = List.copyOf(claims);
  }

  public Optional<CleanArticle> article(String id) {
    return articles.stream().filter(a -> a.article().id().equals(id)).findFirst();
  }

  /** The index of the agreement a signing event signed, if it names one this knowledge holds. */
  public Optional<Integer> agreementOf(Event e) {
    if (e.agreement().isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < agreements.size(); i++) {
      Agreement a = agreements.get(i);
      if (a.countries().equals(e.countries()) && FactMergers.similar(a.title(), e.agreement().get())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The indexes of the events that are sessions of mechanism {@code m}. */
  public List<Integer> sessionsOf(int m) {
    return eventMechanism.entrySet().stream().filter(e -> e.getValue() == m).map(Map.Entry::getKey).sorted().toList();
  }
}
