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
 * same countries whose date does not contradict. A signing told of only as the outcome of such
 * an encounter ("The talks resulted in the signing of ...") takes its people, and its date when
 * it has no day of its own.
 */
final class EncounterAnaphors {
  private static final Pattern ANAPHOR = ExtractResource.words("event-anaphors.txt");
  private static final Pattern OUTCOME = ExtractResource.words("event-outcomes.txt");

  private EncounterAnaphors() {}

  /** Whether the sentence tells what an encounter already reported led to ("The talks resulted in ..."). */
  static boolean isOutcomeOfEncounter(String sentence) {
    return OUTCOME.matcher(sentence).find();
  }

  static List<Event> resolve(List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    for (Event e : events) {
      if (isOutcome(e)) {
        // "The talks resulted in the signing of the protocol": signed by those who held the talks
        encounterBefore(out, e).ifPresent(talks -> out.set(out.indexOf(e), signedAt(e, talks)));
        continue;
      }
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

  /** A signing nobody is named for, told of in a sentence that refers back to an encounter. */
  private static boolean isOutcome(Event e) {
    return e.type() == EventType.SIGNING && e.participants().isEmpty()
        && e.evidence().stream().allMatch(ev -> OUTCOME.matcher(ev.text()).find());
  }

  private static Event signedAt(Event signing, Event talks) {
    boolean ownDay = signing.start().filter(d -> d.precision() == dev.dyad.core.model.PartialDate.Precision.DAY).isPresent();
    return new Event(signing.type(), signing.subtype(), signing.countries(), signing.source(), signing.target(),
        talks.participants(), ownDay ? signing.start() : talks.start(), ownDay ? signing.end() : talks.end(),
        signing.place().or(talks::place), signing.status(), signing.mechanism(), signing.ordinal(), signing.agreement(),
        signing.evidence());
  }

  private static Optional<Event> encounterBefore(List<Event> events, Event e) {
    Event nearest = null;
    int at = e.evidence().get(0).start();
    for (Event c : events) {
      int start = c.evidence().stream().mapToInt(Evidence::start).min().orElse(Integer.MAX_VALUE);
      boolean encounter = c.type() == EventType.MEETING || c.type() == EventType.CONSULTATION || c.type() == EventType.CALL;
      if (encounter && start < at && c.countries().equals(e.countries()) && !c.participants().isEmpty()
          && (nearest == null || start > nearest.evidence().stream().mapToInt(Evidence::start).min().getAsInt())) {
        nearest = c;
      }
    }
    return Optional.ofNullable(nearest);
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
