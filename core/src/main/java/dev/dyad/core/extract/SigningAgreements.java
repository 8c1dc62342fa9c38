package dev.dyad.core.extract;

import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventStatus;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.PartialDate;
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
      List<Agreement> signed = e.type() != EventType.SIGNING || e.agreement().isPresent() ? List.of() : signedBy(e, agreements);
      if (signed.isEmpty()) {
        outEvents.add(e);
        continue;
      }
      for (Agreement a : signed) {
        outEvents.add(e.withAgreement(a.title()));
        Optional<PartialDate> day = signingDate(e);
        if (a.signed().isEmpty() && e.status() == EventStatus.OCCURRED && day.isPresent()) {
          int at = outAgreements.indexOf(a);
          outAgreements.set(at, new Agreement(a.title(), a.kind(), a.countries(), a.parties(), day, a.effective(),
              a.evidence()));
        }
      }
    }
    return new Linked(outEvents, outAgreements);
  }

  /** The signing's date; of a signing dated by a span of days ("during the visit, 15-16 December"), only the month. */
  private static Optional<PartialDate> signingDate(Event e) {
    if (e.start().isEmpty() || e.end().isEmpty()) {
      return e.start();
    }
    PartialDate from = e.start().get();
    PartialDate to = e.end().get();
    return from.year() == to.year() && from.month() == to.month() && from.month() > 0
        ? Optional.of(PartialDate.ofMonth(from.year(), from.month())) : Optional.of(PartialDate.ofYear(from.year()));
  }

  /**
   * The agreements one of the signing's sentences reports, from the sentence that reports most
   * ("the exchange of two MoUs on A and on B"); reports in different sentences may name one
   * document twice ("a new partnership statement" / "the Duavata Partnership agreement"), so
   * the first sentence's wins.
   */
  private static List<Agreement> signedBy(Event e, List<Agreement> agreements) {
    List<Agreement> best = List.of();
    for (Evidence sentence : e.evidence()) {
      List<Agreement> here = agreements.stream()
          .filter(a -> a.countries().equals(e.countries()) && shareSentence(a.evidence(), List.of(sentence))).toList();
      if (here.size() > best.size()) {
        best = here;
      }
    }
    return best;
  }

  private static boolean shareSentence(List<Evidence> a, List<Evidence> b) {
    return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.article().equals(y.article())
        && x.start() < y.end() && y.start() < x.end()));
  }
}
