package dev.dyad.core.extract;

import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.OfficeHolding;
import dev.dyad.core.model.Participant;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Person;
import dev.dyad.core.model.Place;
import dev.dyad.core.resolve.EventMerger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dyad's extractor: events and people, then mechanisms, agreements, statistics and claims. For
 * events and people it finds the people of each sentence and resolves them
 * across the article, finds event triggers, assembles and merges events, then lets each event
 * tell the country of a participant the text leaves implicit ("President Cường received the
 * Belarusian minister": Cường is the Vietnamese side). Pure and thread-safe.
 */
public final class RuleBasedExtractor implements ArticleExtractor {
  private static final int MAX_PASSES = 3;
  private final Gazetteer gazetteer;
  private final PersonMentionFinder personFinder = new PersonMentionFinder();
  private final TriggerFinder triggerFinder = new TriggerFinder();
  private final EventAssembler assembler = new EventAssembler();
  private final MechanismExtractor mechanisms;
  private final AgreementExtractor agreements;
  private final StatisticExtractor statistics = new StatisticExtractor();
  private final ClaimExtractor claims = new ClaimExtractor();

  public RuleBasedExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.mechanisms = new MechanismExtractor(gazetteer);
    this.agreements = new AgreementExtractor(gazetteer);
  }

  public static RuleBasedExtractor standard() {
    return new RuleBasedExtractor(Gazetteer.standard());
  }

  @Override
  public ArticleRecords extract(AnnotatedArticle article) {
    List<SentenceContext> sentences = new ArrayList<>();
    Map<Integer, dev.dyad.core.model.LineLabel> labels = article.clean().labels();
    for (int i = 0; i < article.sentences().size(); i++) {
      dev.dyad.core.model.Sentence s = article.sentences().get(i);
      boolean headline = labels.get(s.lineNumber()) == dev.dyad.core.model.LineLabel.TITLE;
      sentences.add(SentenceContext.of(i, s, gazetteer, headline));
    }
    Optional<PartialDate> published = article.article().published();
    ArticleFacts facts = new ArticleFacts(article.article().id(), published, ArticleDyad.of(sentences),
        Datelines.find(sentences, labels), Datelines.lead(sentences, labels));

    Map<Integer, List<PersonMention>> mentions = new HashMap<>();
    for (SentenceContext s : sentences) {
      mentions.put(s.index(), personFinder.find(s));
    }
    MentionCompletion.complete(sentences, mentions);
    List<PersonMention> all = new ArrayList<>();
    mentions.values().forEach(all::addAll);
    ArticlePeople people = ArticlePeople.resolve(all);

    // What one pass learns about people's countries can shape the next pass's events (a visitor's
    // country tells the side of those they met); each pass only fills empty countries, so it settles.
    Map<Integer, List<Trigger>> triggers = triggers(sentences, mentions);
    List<Event> events = events(sentences, triggers, mentions, people, facts);
    for (int pass = 0; pass < MAX_PASSES && (inferCountries(events, people) | fromDateline(people, events, facts)); pass++) {
      events = events(sentences, triggers, mentions, people, facts);
    }
    events = EventScenes.complete(withVisitDates(withDefaultPlaces(EncounterAnaphors.resolve(events), facts)), facts);
    events = Companions.join(events, sentences, mentions, people);
    Optional<ArticleDyad> dyad = facts.dyad();
    SigningAgreements.Linked signed = SigningAgreements.link(events,
        dyad.map(d -> agreements.extract(article, d)).orElse(List.of()));
    events = signed.events();
    return new ArticleRecords(facts.id(), events, persons(people, events, published, sentences, facts.id()),
        mechanisms.extract(article, dyad),
        signed.agreements(),
        dyad.map(d -> statistics.extract(article, d)).orElse(List.of()),
        dyad.map(d -> claims.extract(article, d)).orElse(List.of()));
  }

  /** The triggers of each sentence that has any; they do not depend on what later passes learn. */
  private Map<Integer, List<Trigger>> triggers(List<SentenceContext> sentences, Map<Integer, List<PersonMention>> mentions) {
    Map<Integer, List<Trigger>> out = new java.util.LinkedHashMap<>();
    java.util.Set<String> abbreviations = Abbreviations.of(sentences, triggerFinder.mechanismHeads());
    for (SentenceContext s : sentences) {
      List<Trigger> found = triggerFinder.find(s, mentions.get(s.index()), abbreviations).stream()
          .filter(t -> !MultilateralGatherings.names(s, t)).toList();
      if (!found.isEmpty()) {
        out.put(s.index(), found);
      }
    }
    return out;
  }

  private List<Event> events(List<SentenceContext> sentences, Map<Integer, List<Trigger>> triggers,
      Map<Integer, List<PersonMention>> mentions, ArticlePeople people, ArticleFacts facts) {
    List<Event> found = new ArrayList<>();
    for (Map.Entry<Integer, List<Trigger>> t : triggers.entrySet()) {
      SentenceContext s = sentences.get(t.getKey());
      found.addAll(assembler.assemble(s, t.getValue(), mentions.get(s.index()), people, facts));
    }
    return EventMerger.merge(found);
  }

  /**
   * Gives a participant without a country the one the event implies: a visitor the visiting side's,
   * anyone else the side no other participant holds. True if any was learned.
   */
  private static boolean inferCountries(List<Event> events, ArticlePeople people) {
    boolean learned = false;
    for (Event e : events) {
      for (Participant p : e.participants()) {
        learned |= p.country().filter(c -> assume(people, p.name(), c)).isPresent();
      }
      List<String> taken = e.participants().stream().map(Participant::country).flatMap(Optional::stream).distinct().toList();
      String other;
      if (e.type() == EventType.VISIT && e.source().isPresent() && e.participants().size() == 1) {
        other = e.source().get();
      } else if (taken.size() == 1 && e.participants().stream().filter(p -> p.country().isEmpty()).count() == 1) {
        // one side known, one person unknown: the counterpart; several unknowns may be of either side
        other = e.countries().get(0).equals(taken.get(0)) ? e.countries().get(1) : e.countries().get(0);
      } else {
        continue;
      }
      for (Participant p : e.participants()) {
        if (p.country().isEmpty()) {
          learned |= assume(people, p.name(), other);
        }
      }
    }
    return learned;
  }

  /** Gives the person of that name the country, if the article gave them none. True if it did. */
  private static boolean assume(ArticlePeople people, String name, String country) {
    boolean learned = false;
    for (ArticlePeople.Entity person : people.entities()) {
      if (person.name().equals(name) && person.country().isEmpty()) {
        person.assumeCountry(country);
        learned = true;
      }
    }
    return learned;
  }

  /**
   * An office holder the article gives no country, in a story datelined in one of its two
   * countries, is of that country: the host side is the one news leaves unnamed ("HÀ NỘI —
   * President Lương Cường received ..."). True if any was learned.
   */
  private static boolean fromDateline(ArticlePeople people, List<Event> events, ArticleFacts facts) {
    Optional<String> home = facts.dateline().flatMap(Place::country)
        .filter(c -> facts.dyad().map(d -> d.contains(c)).orElse(false));
    boolean learned = false;
    for (ArticlePeople.Entity e : people.entities()) {
      boolean seenAbroad = events.stream().anyMatch(ev -> ev.participants().stream().anyMatch(p -> p.name().equals(e.name()))
          && ev.place().flatMap(Place::country).filter(c -> !c.equals(home.orElse(c))).isPresent());
      if (home.isPresent() && e.country().isEmpty() && e.officeMention().isPresent() && !seenAbroad) {
        e.assumeCountry(home.get());
        learned = true;
      }
    }
    return learned;
  }

  /** Events without a place: the host country of the article's visit at that time, else the dateline's. */
  private static List<Event> withDefaultPlaces(List<Event> events, ArticleFacts facts) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      Optional<Place> place = e.place();
      if (place.isEmpty() && e.type() != EventType.CALL) {
        place = events.stream().filter(v -> v.type() == EventType.VISIT && v != e && v.countries().equals(e.countries()))
            .filter(v -> v.target().isPresent() && sameTime(v, e)).findFirst()
            .map(v -> Place.country(v.target().get()));
      }
      if (place.isEmpty() && e.type() != EventType.CALL && facts.dateline().isPresent()
          && e.countries().contains(facts.dateline().get().country().orElse("")) && e.start().equals(facts.published())) {
        place = facts.dateline();
      }
      out.add(e.withPlace(place));
    }
    return out;
  }

  /**
   * An encounter or signing the article dates only to the month, or not at all, that involves the
   * visitor of a visit the article dates to the day, took place during that visit: it takes the
   * visit's days ("During his visit, President X held talks with ...").
   */
  private static List<Event> withVisitDates(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      boolean vague = e.start().map(d -> d.precision() != PartialDate.Precision.DAY).orElse(true);
      List<Event> visits = !vague || e.type() == EventType.VISIT ? List.of() : events.stream()
          .filter(v -> v.type() == EventType.VISIT && v.countries().equals(e.countries()) && v.status() == e.status())
          .filter(v -> v.start().filter(d -> d.precision() == PartialDate.Precision.DAY).isPresent())
          .filter(v -> e.start().map(d -> d.year() == v.start().get().year()
              && (d.month() == 0 || d.month() == v.start().get().month())).orElse(true))
          .filter(v -> v.participants().stream().anyMatch(p -> e.participants().stream()
              .anyMatch(q -> dev.dyad.core.resolve.PersonNames.same(p.name(), q.name()))))
          .toList();
      if (visits.size() == 1) {
        Event v = visits.get(0);
        out.add(e.withDates(v.start(), v.end()));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean sameTime(Event a, Event b) {
    return a.start().isPresent() && b.start().isPresent()
        && a.start().get().year() == b.start().get().year() && a.start().get().month() == b.start().get().month();
  }

  /**
   * "President Ho Chi Minh's visits to Belarus in 1957 and 1961": a person the article shows only
   * in events of earlier years held the office then, not at publication; the latest such date.
   */
  private static Optional<PartialDate> pastOnly(ArticlePeople.Entity person, List<Event> events,
      Optional<PartialDate> published) {
    List<Event> own = events.stream()
        .filter(ev -> ev.participants().stream().anyMatch(p -> p.name().equals(person.name()))).toList();
    if (own.isEmpty() || published.isEmpty()
        || !own.stream().allMatch(ev -> ev.start().filter(d -> d.year() < published.get().year()).isPresent())) {
      return Optional.empty();
    }
    return own.stream().map(ev -> ev.start().get()).max(java.util.Comparator.naturalOrder());
  }

  /** The people the article gives a country, with the offices it gives them. */
  private static List<Person> persons(ArticlePeople people, List<Event> events, Optional<PartialDate> published,
      List<SentenceContext> sentences, String articleId) {
    Optional<PartialDate> asOf = published.map(d -> PartialDate.ofMonth(d.year(), d.month()));
    List<Person> out = new ArrayList<>();
    for (ArticlePeople.Entity e : people.entities()) {
      boolean inEvent = events.stream().anyMatch(ev -> ev.participants().stream().anyMatch(p -> p.name().equals(e.name())));
      Optional<PersonMention> office = e.officeMention();
      if (office.isEmpty() && !inEvent || e.country().isEmpty() && office.isEmpty()) {
        continue;
      }
      boolean former = e.mentions().stream().anyMatch(PersonMention::former);
      Optional<PartialDate> held = former ? asOf : pastOnly(e, events, published).or(() -> asOf);
      List<OfficeHolding> offices = office
          .map(m -> List.of(new OfficeHolding(m.office().get(), held, former))).orElse(List.of());
      List<dev.dyad.core.model.Evidence> evidence = e.mentions().stream().map(PersonMention::sentence).distinct().sorted()
          .map(i -> sentences.get(i).sentence())
          .map(x -> new dev.dyad.core.model.Evidence(articleId, x.start(), x.end(), x.text())).toList();
      out.add(new Person(e.name(), e.aliases(), e.country(), offices, evidence));
    }
    return out;
  }
}
