package dev.dyad.core.resolve;

import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventStatus;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.Participant;
import dev.dyad.core.model.PartialDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges reports of one real-world event into one record: same type and countries, dates that do
 * not contradict, a shared participant where both name some, the same ordinal and direction. The
 * merged record keeps the most precise date, the union of participants and every piece of
 * evidence. A reception and talks during one visit stay two meetings (their subtypes differ).
 */
public final class EventMerger {

  private static final int VISIT_DAYS = 3;

  private EventMerger() {}

  /** Merges the events that report the same event; order of first report is kept. */
  public static List<Event> merge(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      int match = -1;
      for (int i = 0; i < out.size() && match < 0; i++) {
        if (sameEvent(out.get(i), e)) {
          match = i;
        }
      }
      if (match < 0) {
        out.add(e);
      } else {
        out.set(match, combine(out.get(match), e));
      }
    }
    return out;
  }

  public static boolean sameEvent(Event a, Event b) {
    if (!a.countries().equals(b.countries())) {
      return false;
    }
    if (a.type() != b.type()) {
      return isSessionMeeting(a, b) || isSessionMeeting(b, a);
    }
    // Outlets word one encounter differently ("summit", "talks", "reception"); two encounters of
    // the same day stay apart unless both name the same person on each side.
    if (a.type() == EventType.MEETING && a.subtype().isPresent() && b.subtype().isPresent()
        && !a.subtype().equals(b.subtype()) && !bothSidesShared(a, b)) {
      return false;
    }
    // "exchanged two MoUs": one signing per agreement
    if (a.agreement().isPresent() && b.agreement().isPresent() && !FactMergers.similar(a.agreement().get(), b.agreement().get())) {
      return false;
    }
    if (a.ordinal().isPresent() && b.ordinal().isPresent() && !a.ordinal().equals(b.ordinal())) {
      return false;
    }
    if (a.target().isPresent() && b.target().isPresent() && !a.target().equals(b.target())) {
      return false;
    }
    if (!datesCompatible(a, b)) {
      return false;
    }
    boolean aNamed = !a.participants().isEmpty();
    boolean bNamed = !b.participants().isEmpty();
    // One sentence, one type, one side naming nobody: "arrived in Turkey for a two-day visit" is one visit.
    if (a.evidence().stream().anyMatch(b.evidence()::contains) && (!aNamed || !bNamed)) {
      return true;
    }
    if (aNamed && bNamed) {
      return shareSomeone(a.participants(), b.participants()) && sidesAgree(a, b);
    }
    if (a.ordinal().isPresent() && a.ordinal().equals(b.ordinal())) {
      return true;
    }
    // One report names nobody: only a date both give, and the same direction, tie them.
    boolean bothDated = a.start().isPresent() && b.start().isPresent();
    boolean sameDirection = a.target().isPresent() && a.target().equals(b.target());
    return bothDated && (sameDirection || a.type() != EventType.VISIT);
  }

  /** A meeting of exactly the people who held a session, on a compatible date, is that session. */
  private static boolean isSessionMeeting(Event meeting, Event session) {
    return meeting.type() == EventType.MEETING && meeting.subtype().isEmpty() && session.type() == EventType.CONSULTATION
        && !meeting.participants().isEmpty() && meeting.participants().size() == session.participants().size()
        && meeting.participants().stream().allMatch(p -> session.participants().stream().anyMatch(q -> PersonNames.same(p.name(), q.name())))
        && datesCompatible(meeting, session);
  }

  private static boolean bothSidesShared(Event a, Event b) {
    for (String country : a.countries()) {
      List<Participant> x = a.participants().stream().filter(p -> p.country().equals(Optional.of(country))).toList();
      List<Participant> y = b.participants().stream().filter(p -> p.country().equals(Optional.of(country))).toList();
      if (x.isEmpty() || y.isEmpty() || !shareSomeone(x, y)) {
        return false;
      }
    }
    return true;
  }

  private static boolean shareSomeone(List<Participant> a, List<Participant> b) {
    return a.stream().anyMatch(p -> b.stream().anyMatch(q -> PersonNames.same(p.name(), q.name())));
  }

  /** Where both reports name people of a side, they name someone in common: X meeting Y is not X meeting Z. */
  public static boolean sidesAgree(Event a, Event b) {
    if (a.participants().size() == 2 && b.participants().size() == 2 && a.type() != EventType.VISIT
        && !(shareSomeone(a.participants().subList(0, 1), b.participants()) && shareSomeone(a.participants().subList(1, 2), b.participants()))) {
      return false; // two encounters of X, one with Y and one with Z, whatever the text tells of Z's side
    }
    for (String country : a.countries()) {
      List<Participant> x = a.participants().stream().filter(p -> p.country().equals(Optional.of(country))).toList();
      List<Participant> y = b.participants().stream().filter(p -> p.country().equals(Optional.of(country))).toList();
      if (!x.isEmpty() && !y.isEmpty() && !shareSomeone(x, y)) {
        return false;
      }
    }
    return true;
  }

  public static boolean datesCompatible(Event a, Event b) {
    if (a.start().isEmpty() || b.start().isEmpty()) {
      return true;
    }
    PartialDate aFrom = a.start().get();
    PartialDate bFrom = b.start().get();
    PartialDate aTo = a.end().orElse(aFrom);
    PartialDate bTo = b.end().orElse(bFrom);
    // A visit lasts days: reports that date it by different days of it ("began on Tuesday", "on
    // Thursday, during his state visit") agree when they are within a few days.
    int slack = a.type() == EventType.VISIT && a.end().isEmpty() && b.end().isEmpty() ? VISIT_DAYS : 0;
    return !aFrom.earliest().isAfter(bTo.latest().plusDays(slack)) && !bFrom.earliest().isAfter(aTo.latest().plusDays(slack));
  }

  public static Event combine(Event a, Event b) {
    boolean bMorePrecise = b.start().isPresent()
        && (a.start().isEmpty() || b.start().get().precision().compareTo(a.start().get().precision()) > 0);
    Event dated = bMorePrecise ? b : a;
    Set<Evidence> evidence = new LinkedHashSet<>(a.evidence());
    evidence.addAll(b.evidence());
    EventType type = a.type() == EventType.CONSULTATION || b.type() == EventType.CONSULTATION ? EventType.CONSULTATION : a.type();
    Event typed = a.type() == type ? a : b;
    Event other = typed == a ? b : a;
    return new Event(type, typed.subtype().or(other::subtype), a.countries(), a.source().or(b::source),
        a.target().or(b::target), participants(a.participants(), b.participants()), dated.start(),
        dated.end().or(() -> bMorePrecise ? a.end() : b.end()).filter(e -> !e.equals(dated.start().orElse(null))),
        place(a, b),
        status(a, b),
        a.mechanism().or(b::mechanism), a.ordinal().or(b::ordinal), a.agreement().or(b::agreement), List.copyOf(evidence));
  }

  /**
   * The status of the report that dates the event more precisely ("the visit from May 11-12 will
   * ..." over a headline's undated "visit"); between equally precise reports, occurred wins: a
   * later report of a planned event tells that it took place.
   */
  private static EventStatus status(Event a, Event b) {
    int pa = a.start().map(d -> d.precision().ordinal() + 1).orElse(0);
    int pb = b.start().map(d -> d.precision().ordinal() + 1).orElse(0);
    if (pa != pb) {
      return pa > pb ? a.status() : b.status();
    }
    return a.status() == EventStatus.OCCURRED || b.status() == EventStatus.OCCURRED ? EventStatus.OCCURRED : EventStatus.PLANNED;
  }

  private static Optional<dev.dyad.core.model.Place> place(Event a, Event b) {
    if (a.place().flatMap(p -> p.city()).isPresent()) {
      return a.place();
    }
    if (b.place().flatMap(p -> p.city()).isPresent()) {
      return b.place();
    }
    return a.place().or(b::place);
  }

  private static List<Participant> participants(List<Participant> a, List<Participant> b) {
    List<Participant> out = new ArrayList<>(a);
    for (Participant q : b) {
      int same = -1;
      for (int i = 0; i < out.size(); i++) {
        if (PersonNames.same(out.get(i).name(), q.name())) {
          same = i;
        }
      }
      if (same < 0) {
        out.add(q);
      } else {
        Participant p = out.get(same);
        String name = PersonNames.fuller(p.name(), q.name());
        out.set(same, new Participant(name, p.country().or(q::country), p.office().or(q::office)));
      }
    }
    return out;
  }
}
