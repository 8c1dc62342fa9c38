package dev.dyad.core.profile;

import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventType;
import dev.dyad.core.resolve.ResolvedKnowledge;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A filter over the events of a knowledge base: by a country taking part (ISO alpha-3), a type and
 * a date range, each optional. {@link #select} returns the indexes of the matching events (event
 * {@code e3} is index 2), oldest first, undated last.
 */
public record EventQuery(Optional<String> country, Optional<EventType> type, DateRange range) {
  public EventQuery {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(range, "range");
  }

  public boolean matches(Event e) {
    return country.map(e.countries()::contains).orElse(true)
        && type.map(t -> t == e.type()).orElse(true)
        && range.admits(e.start());
  }

  public List<Integer> select(ResolvedKnowledge k) {
    return IntStream.range(0, k.events().size()).filter(i -> matches(k.events().get(i))).boxed()
        .sorted(Comparator.comparing((Integer i) -> k.events().get(i).start().orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> i))
        .toList();
  }
}
