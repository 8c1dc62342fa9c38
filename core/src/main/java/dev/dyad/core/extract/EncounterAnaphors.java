package dev.dyad.core.extract;

import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.resolve.EventMerger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Folds definite references to an encounter already reported ("During the call, the two sides
 * discussed ...", "The meeting, co-chaired by X and Y, ...") into that encounter: the one session
 * of a standing mechanism the article reports, else the nearest earlier encounter between the
 * same countries whose date does not contradict.
 */
final class EncounterAnaphors {
  private static final Pattern ANAPHOR = ExtractResource.words("event-anaphors.txt");

  private EncounterAnaphors() {}

  static List<Event> resolve(List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    for (Event e : events) {
      if (!isReference(e)) {
        continue;
      }
      Optional<Event> antecedent = antecedent(out, e);
      if (antecedent.isPresent()) {
        out.set(out.indexOf(antecedent.get()), EventMerger.combine(antecedent.get(), e));
        out.remove(e);
      }
    }
    return out;
  }

  /** An encounter reported only in sentences that refer back to one ("the meeting", "the call"). */
  private static boolean isReference(Event e) {
    boolean encounter = e.type() == EventType.MEETING || e.type() == EventType.CALL;
    return encounter && e.ordinal().isEmpty() && e.evidence().stream().allMatch(ev -> ANAPHOR.matcher(ev.text()).find());
  }

  private static Optional<Event> antecedent(List<Event> events, Event e) {
    int at = e.evidence().get(0).start();
    List<Event> sessions = events.stream().filter(c -> c.type() == EventType.CONSULTATION && compatible(c, e)).toList();
    if (e.type() == EventType.MEETING && sessions.size() == 1) {
      return Optional.of(sessions.get(0));
    }
    Event nearest = null;
    for (Event c : events) {
      int start = c.evidence().stream().mapToInt(Evidence::start).min().orElse(Integer.MAX_VALUE);
      // "the call" refers to a call; "the meeting", "the talks" to a meeting or a session
      boolean family = e.type() == EventType.CALL ? c.type() == EventType.CALL
          : c.type() == EventType.MEETING || c.type() == EventType.CONSULTATION;
      if (c != e && family && start < at && compatible(c, e)
          && (nearest == null || start > nearest.evidence().stream().mapToInt(Evidence::start).min().getAsInt())) {
        nearest = c;
      }
    }
    return Optional.ofNullable(nearest);
  }

  private static boolean compatible(Event candidate, Event e) {
    return candidate.countries().equals(e.countries()) && EventMerger.datesCompatible(candidate, e)
        && (candidate.participants().isEmpty() || e.participants().isEmpty() || EventMerger.sidesAgree(candidate, e));
  }
}
