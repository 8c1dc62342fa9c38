package dev.dyad.core.profile;

import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.Claim;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventStatus;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.Mechanism;
import dev.dyad.core.model.OfficeHolding;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Participant;
import dev.dyad.core.model.Person;
import dev.dyad.core.model.Place;
import dev.dyad.core.model.Statistic;
import dev.dyad.core.resolve.FactMergers;
import dev.dyad.core.resolve.ResolvedKnowledge;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small hand-made resolved knowledge base about Belarus and Vietnam (and one Chinese visit). */
final class Knowledge {
  static final String OLD = "a-2023";
  static final String NEW = "b-2025";
  static final String OTHER = "c-china";

  private Knowledge() {}

  static Evidence ev(String article, String text) {
    return new Evidence(article, 0, text.length(), text);
  }

  static CleanArticle article(String id, String published, String text) {
    return new CleanArticle(new Article(id, id.equals(NEW) ? "https://www.example.vn/news/" + id : "samples/" + id + ".txt",
        Optional.of("Title of " + id), PartialDate.parse(published), text), List.of());
  }

  static Event event(EventType type, String from, String to, String start, String office, String article, String text) {
    return new Event(type, Optional.empty(), List.of(from, to), Optional.of(from), Optional.of(to),
        List.of(new Participant("Someone " + office, Optional.of(from), Optional.of(office))),
        PartialDate.parse(start), Optional.empty(), Optional.of(Place.country(to)), EventStatus.OCCURRED,
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(ev(article, text)));
  }

  static ResolvedKnowledge sample() {
    List<CleanArticle> articles = List.of(
        article(NEW, "2025-05-10", "new text"), article(OLD, "2023-12-09", "old text"), article(OTHER, "2024-01-01", "x"));
    List<Event> events = List.of(
        event(EventType.VISIT, "BLR", "VNM", "2023-12-08", "Prime Minister", OLD, "The Belarusian Prime Minister visited."),
        event(EventType.VISIT, "VNM", "BLR", "2025-05-11", "General Secretary", NEW, "The General Secretary will go."),
        event(EventType.MEETING, "BLR", "VNM", "2024-10", "Minister of Foreign Affairs", NEW, "Ministers met."),
        event(EventType.VISIT, "BLR", "VNM", null, "Minister of Defence", NEW, "A defence minister once came."),
        event(EventType.VISIT, "CHN", "VNM", "2024-01", "President", OTHER, "The Chinese President visited."),
        event(EventType.VISIT, "BLR", "VNM", "2019", "Deputy Minister", OLD, "A deputy minister came in 2019."));
    Mechanism committee = new Mechanism("Intergovernmental Committee", List.of("VNM", "BLR"), Optional.empty(),
        List.of(ev(OLD, "The Intergovernmental Committee met.")));
    Agreement twinning = new Agreement("agreement on friendship between Hanoi and Minsk", Optional.of("agreement"),
        List.of("BLR", "VNM"), List.of("Hanoi", "Minsk"), PartialDate.parse("2023"), Optional.empty(),
        List.of(ev(NEW, "Hanoi and Minsk signed an agreement in 2023.")));
    Statistic trade = new Statistic("trade_turnover", List.of("BLR", "VNM"), 1.5e8, "USD", "2024",
        List.of(ev(NEW, "Trade reached 150 million USD in 2024.")));
    FactMergers.ClaimGroup established = new FactMergers.ClaimGroup("relations_established", List.of("BLR", "VNM"),
        List.of(new Claim("relations_established", List.of("BLR", "VNM"), "1992-01-24", PartialDate.parse("2023-12"),
            List.of(ev(OLD, "Relations were established on January 24, 1992.")))));
    FactMergers.ClaimGroup instruments = new FactMergers.ClaimGroup("legal_instruments_count", List.of("BLR", "VNM"),
        List.of(new Claim("legal_instruments_count", List.of("BLR", "VNM"), "more than 90", Optional.empty(),
                List.of(ev(OLD, "more than 90 agreements"))),
            new Claim("legal_instruments_count", List.of("BLR", "VNM"), "about 50", PartialDate.parse("2025-05"),
                List.of(ev(NEW, "about 50 documents")))));
    Person pm = new Person("Roman Golovchenko", List.of(), Optional.of("BLR"),
        List.of(new OfficeHolding("Prime Minister", PartialDate.parse("2023-12"), false)), List.of(ev(OLD, "PM")));
    Person chinese = new Person("Xi Jinping", List.of(), Optional.of("CHN"),
        List.of(new OfficeHolding("President", Optional.empty(), false)), List.of(ev(OTHER, "Xi")));
    return new ResolvedKnowledge(articles, events, List.of(pm, chinese), List.of(committee), Map.of(5, 0),
        List.of(twinning), List.of(trade), List.of(established, instruments));
  }
}
