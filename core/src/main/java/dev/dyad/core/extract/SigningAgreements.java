package dev.dyad.core.extract;

import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventStatus;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ties each signing to the agreements reported in its sentences: "witnessed the exchange of two
 * Memorandums of Understanding in the fields of culture and of the rubber industry" is one signing
 * per memorandum, each naming its agreement. An agreement the text gives no signing date takes the
 * date of the signing that happened.
 */
final class SigningAgreements {

  /** The events, signings split and named by agreement, and the agreements, dated by their signing. */
  record Linked(List<Event> events, List<Agreement> agreements) {}

  private SigningAgreements() {}

  static Linked link(List<Event> events, List<Agreement> agreements) {
    List<Event> outEvents = new ArrayList<>();
    List<Agreement> outAgreements = new ArrayList<>(agreements);
    for (Event e : events) {
      List<Agreement> signed = e.type() != EventType.SIGNING || e.agreement().isPresent() ? List.of()
          : agreements.stream().filter(a -> a.countries().equals(e.countries()) && shareSentence(a.evidence(), e.evidence())).toList();
      if (signed.isEmpty()) {
        outEvents.add(e);
        continue;
      }
      for (Agreement a : signed) {
        outEvents.add(new Event(e.type(), e.subtype(), e.countries(), e.source(), e.target(), e.participants(), e.start(),
            e.end(), e.place(), e.status(), e.mechanism(), e.ordinal(), Optional.of(a.title()), e.evidence()));
        if (a.signed().isEmpty() && e.status() == EventStatus.OCCURRED && e.start().isPresent()) {
          int at = outAgreements.indexOf(a);
          outAgreements.set(at, new Agreement(a.title(), a.kind(), a.countries(), a.parties(), e.start(), a.effective(),
              a.evidence()));
        }
      }
    }
    return new Linked(outEvents, outAgreements);
  }

  private static boolean shareSentence(List<Evidence> a, List<Evidence> b) {
    return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.article().equals(y.article())
        && x.start() < y.end() && y.start() < x.end()));
  }
}
