package dev.dyad.core.extract;

import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Place;
import dev.dyad.core.resolve.EventMerger;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives an event the city the story has already set it in, when its own sentence names none:
 * "In Tokyo, X met Y. X also met A and B." puts the later meetings in Tokyo too (the city of
 * another report of the same days in the same country), and a story datelined "ISLAMABAD" sets
 * what happened there in the last days before publication in Islamabad. Calls have no place.
 */
final class EventScenes {
  private static final int DATELINE_DAYS = 2;

  private EventScenes() {}

  static List<Event> complete(List<Event> events, ArticleFacts facts) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (e.type() == EventType.CALL || e.place().flatMap(Place::city).isPresent()) {
        out.add(e);
        continue;
      }
      Optional<Place> scene = sameDaysElsewhere(events, e).or(() -> dateline(e, facts));
      out.add(scene.isEmpty() ? e : e.withPlace(scene));
    }
    return out;
  }

  /** The city of the nearest earlier report of the same days between the same countries, in the event's country. */
  private static Optional<Place> sameDaysElsewhere(List<Event> events, Event e) {
    Optional<String> country = e.place().flatMap(Place::country);
    return ReportOrder.nearestBefore(events, ReportOrder.firstOffset(e), c -> c != e && c.type() != EventType.CALL
        && c.place().flatMap(Place::city).isPresent() && c.countries().equals(e.countries()) && c.status() == e.status()
        && c.place().flatMap(Place::country).filter(k -> country.map(k::equals).orElse(e.countries().contains(k))).isPresent()
        && day(c).isPresent() && e.start().isPresent() && EventMerger.datesCompatible(c, e))
        .flatMap(Event::place);
  }

  /** The dateline's city for what happened in its country on the day of the story or just before. */
  private static Optional<Place> dateline(Event e, ArticleFacts facts) {
    Optional<Place> line = facts.dateline().filter(p -> p.city().isPresent());
    Optional<PartialDate> published = facts.published().filter(d -> d.precision() == PartialDate.Precision.DAY);
    if (line.isEmpty() || published.isEmpty() || day(e).isEmpty()) {
      return Optional.empty();
    }
    String country = line.get().country().orElse("");
    boolean here = e.countries().contains(country) && e.place().flatMap(Place::country).map(country::equals).orElse(true);
    long before = ChronoUnit.DAYS.between(day(e).get().earliest(), published.get().earliest());
    return here && before >= 0 && before <= DATELINE_DAYS ? line : Optional.empty();
  }

  private static Optional<PartialDate> day(Event e) {
    return e.start().filter(d -> d.precision() == PartialDate.Precision.DAY);
  }
}
