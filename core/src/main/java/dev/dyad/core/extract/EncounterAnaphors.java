package dev.dyad.core.extract;

import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventType;
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
    Event signed = signing.withParticipants(talks.participants()).withPlace(signing.place().or(talks::place));
    return ownDay ? signed : signed.withDates(talks.start(), talks.end());
  }

  private static Optional<Event> encounterBefore(List<Event> events, Event e) {
    return ReportOrder.nearestBefore(events, e.evidence().get(0).start(), c -> (c.type() == EventType.MEETING
        || c.type() == EventType.CONSULTATION || c.type() == EventType.CALL)
        && c.countries().equals(e.countries()) && !c.participants().isEmpty());
  }

  private static Optional<Event> antecedent(List<Event> events, Event e) {
    int at = e.evidence().get(0).start();
    List<Event> sessions = events.stream().filter(c -> c.type() == EventType.CONSULTATION && compatible(c, e)).toList();
    if (e.type() == EventType.MEETING && sessions.size() == 1) {
      return Optional.of(sessions.get(0));
    }
    // "the call" refers to a call; "the meeting", "the talks" to a meeting or a session
    return ReportOrder.nearestBefore(events, at, c -> c != e && compatible(c, e) && (e.type() == EventType.CALL
        ? c.type() == EventType.CALL : c.type() == EventType.MEETING || c.type() == EventType.CONSULTATION));
  }

  private static boolean compatible(Event candidate, Event e) {
    return candidate.countries().equals(e.countries()) && EventMerger.datesCompatible(candidate, e)
        && (candidate.participants().isEmpty() || e.participants().isEmpty() || EventMerger.sidesAgree(candidate, e));
  }
}
