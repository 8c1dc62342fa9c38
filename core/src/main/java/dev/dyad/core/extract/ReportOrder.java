package dev.dyad.core.extract;

import dev.dyad.core.model.Event;
import dev.dyad.core.model.Evidence;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Where events are first reported in their article, for rules that look back to an earlier report. */
final class ReportOrder {
  private ReportOrder() {}

  /** The offset of the event's first sentence in the article. */
  static int firstOffset(Event e) {
    return e.evidence().stream().mapToInt(Evidence::start).min().orElse(Integer.MAX_VALUE);
  }

  /** Of the events that pass {@code test} and are first reported before {@code offset}, the last one. */
  static Optional<Event> nearestBefore(List<Event> events, int offset, Predicate<Event> test) {
    return events.stream().filter(c -> firstOffset(c) < offset && test.test(c))
        .max(Comparator.comparingInt(ReportOrder::firstOffset));
  }
}
