package dev.dyad.core.profile;

import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventStatus;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.profile.DyadProfile.EventCount;
import dev.dyad.core.profile.DyadProfile.Overview;
import dev.dyad.core.profile.DyadProfile.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The event part of a profile's overview, read off its timeline: counts by type and year, the
 * latest contact that took place, and the highest-level visit each way. Claims of established
 * relations are added by the builder.
 */
final class Overviews {
  private final OfficeRanks ranks;

  Overviews(OfficeRanks ranks) {
    this.ranks = ranks;
  }

  Overview of(List<TimelineEntry> timeline) {
    return new Overview(List.of(), counts(timeline), latest(timeline), highestVisits(timeline));
  }

  /** By type (enum order), then year, undated last. */
  static List<EventCount> counts(List<TimelineEntry> timeline) {
    Map<EventType, Map<Integer, List<TimelineEntry>>> groups = new TreeMap<>();
    for (TimelineEntry t : timeline) {
      int year = t.event().start().map(PartialDate::year).orElse(Integer.MAX_VALUE);
      groups.computeIfAbsent(t.event().type(), x -> new TreeMap<>()).computeIfAbsent(year, y -> new ArrayList<>()).add(t);
    }
    List<EventCount> out = new ArrayList<>();
    groups.forEach((type, years) -> years.forEach((year, entries) -> out.add(new EventCount(type,
        year == Integer.MAX_VALUE ? Optional.empty() : Optional.of(year), entries.size(),
        entries.stream().flatMap(e -> e.refs().stream()).distinct().sorted().toList()))));
    return out;
  }

  /** The dated, occurred event that may have happened last; among equals the more precise. */
  static Optional<TimelineEntry> latest(List<TimelineEntry> timeline) {
    return timeline.stream()
        .filter(t -> t.event().status() == EventStatus.OCCURRED && t.event().start().isPresent())
        .max(Comparator.comparing((TimelineEntry t) -> t.event().start().get().latest())
            .thenComparing(t -> t.event().start().get().precision()));
  }

  /**
   * For each direction (visitor → host), the occurred visit whose visiting side sent its highest
   * office; a later visit wins a tie. The direction from the first country of the pair comes first.
   */
  List<TimelineEntry> highestVisits(List<TimelineEntry> timeline) {
    Map<String, TimelineEntry> best = new TreeMap<>();
    for (TimelineEntry t : timeline) {
      Event e = t.event();
      if (e.type() != EventType.VISIT || e.status() != EventStatus.OCCURRED || e.source().isEmpty()
          || e.target().isEmpty()) {
        continue;
      }
      String way = e.source().get() + ">" + e.target().get();
      TimelineEntry held = best.get(way);
      if (held == null || better(e, held.event())) {
        best.put(way, t);
      }
    }
    return List.copyOf(best.values());
  }

  /** Higher office first; at the same level a dated visit beats an undated one, a later one an earlier. */
  private boolean better(Event e, Event held) {
    int level = ranks.best(e.participants(), e.source());
    int heldLevel = ranks.best(held.participants(), held.source());
    if (level != heldLevel) {
      return level < heldLevel;
    }
    return e.start().isPresent() && (held.start().isEmpty() || e.start().get().compareTo(held.start().get()) >= 0);
  }
}
