package dev.dyad.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One bilateral event as one article reports it: its type, the two countries (ISO alpha-3, sorted),
 * the direction where it has one (visitor → host, host → guest, giver → receiver), participants,
 * dates as precise as the text allows, place, status, the mechanism session's ordinal, the
 * agreement a signing signed (its title as written), and the sentences it was read from.
 *
 * <p>Example: "Belarusian Prime Minister Roman Golovchenko began an official visit to Vietnam on
 * Wednesday" → VISIT, subtype official, countries [BLR, VNM], BLR → VNM, participant Roman
 * Golovchenko (BLR, Prime Minister), start = the Wednesday before publication, status occurred.
 */
public record Event(
    EventType type,
    Optional<String> subtype,
    List<String> countries,
    Optional<String> source,
    Optional<String> target,
    List<Participant> participants,
    Optional<PartialDate> start,
    Optional<PartialDate> end,
    Optional<Place> place,
    EventStatus status,
    Optional<String> mechanism,
    Optional<Integer> ordinal,
    Optional<String> agreement,
    List<Evidence> evidence) {

  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subtype, "subtype");
    countries = countries.stream().sorted().distinct().toList();
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    participants = List.copyOf(participants);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(mechanism, "mechanism");
    Objects.requireNonNull(ordinal, "ordinal");
    agreement = agreement == null ? Optional.empty() : agreement; // records stored before signings named their agreement
    evidence = List.copyOf(evidence);
    if (countries.size() != 2) {
      throw new IllegalArgumentException("an event is between two countries, got " + countries);
    }
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("an event needs evidence");
    }
  }

  /** This event with other participants. */
  public Event withParticipants(List<Participant> others) {
    return new Event(type, subtype, countries, source, target, others, start, end, place, status, mechanism, ordinal,
        agreement, evidence);
  }

  /** This event with other dates. */
  public Event withDates(Optional<PartialDate> from, Optional<PartialDate> to) {
    return new Event(type, subtype, countries, source, target, participants, from, to, place, status, mechanism, ordinal,
        agreement, evidence);
  }

  /** This event at another place. */
  public Event withPlace(Optional<Place> other) {
    return new Event(type, subtype, countries, source, target, participants, start, end, other, status, mechanism, ordinal,
        agreement, evidence);
  }

  /** This event naming the agreement it signed. */
  public Event withAgreement(String title) {
    return new Event(type, subtype, countries, source, target, participants, start, end, place, status, mechanism, ordinal,
        Optional.of(title), evidence);
  }

  /** This event with other evidence. */
  public Event withEvidence(List<Evidence> other) {
    return new Event(type, subtype, countries, source, target, participants, start, end, place, status, mechanism, ordinal,
        agreement, other);
  }
}
