package dev.dyad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Participant;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Person;
import dev.dyad.core.model.Place;
import java.util.List;
import java.util.Optional;

/** Small readers over extracted records, so that the ITs state expectations and not plumbing. */
final class ExtractedEvents {
  private ExtractedEvents() {}

  /** The only event of this type; fails with the whole list when there is none or several. */
  static Event only(ArticleRecords records, EventType type) {
    List<Event> of = ofType(records, type);
    assertThat(of).as("%s events in %s", type, records.events()).hasSize(1);
    return of.get(0);
  }

  static List<Event> ofType(ArticleRecords records, EventType type) {
    return records.events().stream().filter(e -> e.type() == type).toList();
  }

  /** The only event of this type whose evidence sentence contains {@code quote}. */
  static Event quoted(ArticleRecords records, EventType type, String quote) {
    List<Event> of = ofType(records, type).stream()
        .filter(e -> e.evidence().stream().anyMatch(ev -> ev.text().contains(quote))).toList();
    assertThat(of).as("%s events quoting \"%s\" in %s", type, quote, records.events()).hasSize(1);
    return of.get(0);
  }

  static Optional<String> start(Event e) {
    return e.start().map(PartialDate::toString);
  }

  static Optional<String> end(Event e) {
    return e.end().map(PartialDate::toString);
  }

  static Participant participant(Event e, String name) {
    return e.participants().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no participant " + name + " in " + e.participants()));
  }

  static List<String> names(Event e) {
    return e.participants().stream().map(Participant::name).toList();
  }

  static Person person(ArticleRecords records, String name) {
    return records.people().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no person " + name + " in " + records.people()));
  }

  static Place city(String city, String iso3) {
    return new Place(Optional.of(city), Optional.of(iso3));
  }
}
