package dev.dyad.core.extract;

import dev.dyad.core.gazetteer.GazetteerMatch;
import dev.dyad.core.gazetteer.MatchType;
import dev.dyad.core.gazetteer.Place;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventStatus;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.Participant;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.TimeMention;
import dev.dyad.core.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds events from the triggers of one sentence: who took part, which two countries, which way,
 * where, when, whether it happened, and the session's ordinal. Triggers of one family in one
 * sentence report one event ("co-chaired the 4th political consultation ..., discussing measures")
 * unless a plural trigger lists several dates ("visits ... in 1957 and 1961").
 */
final class EventAssembler {
  private static final int ORDINAL_WINDOW = 10;
  private static final int FOUNDING_WINDOW = 8;
  private static final Set<String> FOUNDING = Set.copyOf(ExtractResource.lines("mechanism-founding.txt"));
  private static final Set<String> DOCUMENT_WORDS = Set.copyOf(ExtractResource.lines("document-words.txt"));
  private static final Set<String> PERSONAL_POSSESSIVES = Set.of("their", "his", "her", "our", "my", "your");
  private final EventTiming timing = new EventTiming();
  private final Speakers speakers = new Speakers();
  private final MoneyAmounts money = new MoneyAmounts();

  List<Event> assemble(SentenceContext ctx, List<Trigger> triggers, List<PersonMention> mentions,
      ArticlePeople people, ArticleFacts article) {
    List<Event> out = new ArrayList<>();
    List<TriggerGroups.Group> groups = TriggerGroups.foldSessions(TriggerGroups.of(triggers),
        TriggerGroups.assignPeople(ctx, TriggerGroups.of(triggers), mentions));
    Map<TriggerGroups.Group, List<PersonMention>> claimed = TriggerGroups.assignPeople(ctx, groups, mentions);
    for (TriggerGroups.Group group : groups) {
      Trigger main = numberedSession(ctx, group.main());
      // "visits in 1960 and 1962 laid the foundation, X said on Friday": Friday is the saying's
      List<TimeMention> listed = timing.datesAfter(ctx, main).stream()
          .filter(m -> TriggerGroups.sameClause(ctx, groups, main, ctx.tokenAt(m.start()))).toList();
      boolean pluralNoun = ctx.tokens().get(main.last()).pos().equals("NNS");
      boolean plural = pluralNoun && listed.size() >= 2;
      boolean generic = (main.type() == EventType.VISIT || main.type() == EventType.MEETING)
          && pluralNoun && !main.subtype().equals(Optional.of("talks"));
      if (generic && !plural) {
        continue; // "high-level visits", "regular meetings": a practice, not an event
      }
      List<PersonMention> own = claimed.get(group);
      if (main.type() == EventType.VISIT && own.isEmpty()) {
        // "X received Y ... as the latter is in Viet Nam for an official visit": a known foreigner
        Optional<String> host = EventCountries.target(ctx, main, List.of(), people, article.dyad().map(ArticleDyad::countries).orElse(List.of()));
        own = host.isEmpty() ? own : mentions.stream()
            .filter(m -> people.of(m).country().filter(c -> !c.equals(host.get())).isPresent()).toList();
      }
      if (plural) {
        for (TimeMention date : listed) {
          build(ctx, main, group.triggers(), own, people, article, EventTiming.When.of(date)).ifPresent(out::add);
        }
        continue;
      }
      EventTiming.When when = timing.when(ctx, main,
          m -> TriggerGroups.forTime(ctx, groups, ctx.tokenAt(m.start()), ctx.tokenBefore(m.end())).orElse(null) == group);
      if (when.start().isEmpty() && main.type() == EventType.VISIT) {
        when = timing.when(ctx, main, m -> true).toMonth(); // a visit under way on another event's day
      } else if (when.start().isEmpty()) {
        // "held talks on July 2, after which they signed ...", but not "..., noting the partnership set up in 2013"
        when = timing.when(ctx, main, m -> TriggerGroups.sameClause(ctx, groups, main, ctx.tokenAt(m.start()))
            && TriggerGroups.possessedBy(ctx, groups, ctx.tokenBefore(m.end())).filter(g -> g != group).isEmpty());
      }
      for (List<PersonMention> dyad : byPartnerCountry(main, own, people)) {
        build(ctx, main, group.triggers(), dyad, people, article, when).ifPresent(e -> out.addAll(byCounterpart(e)));
      }
    }
    return out;
  }

  /**
   * "phone conversations with three of his counterparts – the Australian, Timorese and Thai prime
   * ministers": an encounter of one side with people of several other countries is one bilateral
   * encounter per partner country. The first side is the country of the first person named.
   */
  private static List<List<PersonMention>> byPartnerCountry(Trigger trigger, List<PersonMention> mentions,
      ArticlePeople people) {
    if (trigger.type() != EventType.MEETING && trigger.type() != EventType.CALL) {
      return List.of(mentions);
    }
    List<String> countries = mentions.stream().map(m -> people.of(m).country()).flatMap(Optional::stream)
        .distinct().toList();
    if (countries.size() < 3) {
      return List.of(mentions);
    }
    String first = countries.get(0);
    List<List<PersonMention>> out = new ArrayList<>();
    for (String partner : countries.subList(1, countries.size())) {
      out.add(mentions.stream().filter(m -> people.of(m).country()
          .filter(c -> c.equals(first) || c.equals(partner)).isPresent()).toList());
    }
    return out;
  }

  /**
   * "X held talks with President A, Prime Minister B and other officials": one meeting per
   * counterpart when the first-named side is one person and the other side several.
   */
  private static List<Event> byCounterpart(Event e) {
    if (e.type() != EventType.MEETING && e.type() != EventType.CALL || e.participants().size() < 3) {
      return List.of(e);
    }
    Participant subject = e.participants().get(0);
    if (subject.country().isEmpty()) {
      return List.of(e);
    }
    // Counterparts whose country is unknown count as the other side only if no known one is on the subject's.
    List<Participant> others = e.participants().stream().filter(p -> !p.country().equals(subject.country())).toList();
    // Each counterpart must be recognisably of the other side: a country, or an office (a spouse beside the host has neither).
    if (others.size() != e.participants().size() - 1
        || others.stream().anyMatch(p -> p.country().isEmpty() && p.office().isEmpty())) {
      return List.of(e);
    }
    // A counterpart named with an office is of the side the subject is not: "X met Minister A,
    // Minister B and Chairman C" pairs X with each of them.
    Optional<String> otherSide = e.countries().stream().filter(c -> !c.equals(subject.country().get())).findFirst()
        .filter(c -> e.countries().contains(subject.country().get()));
    List<Event> out = new ArrayList<>();
    for (Participant counterpart : others) {
      Participant other = counterpart.country().isPresent() ? counterpart
          : new Participant(counterpart.name(), otherSide, counterpart.office());
      out.add(e.withParticipants(List.of(subject, other)));
    }
    return out;
  }

  private Optional<Event> build(SentenceContext ctx, Trigger trigger, List<Trigger> group,
      List<PersonMention> mentions, ArticlePeople people, ArticleFacts article, EventTiming.When when) {
    List<PersonMention> involved = mentions.stream().filter(m -> !speakers.isSpeakerOnly(ctx, m, trigger)).toList();
    Optional<List<String>> pair = EventCountries.pair(ctx, trigger, involved, people, article.dyad());
    if (pair.isEmpty()) {
      return Optional.empty();
    }
    List<String> countries = pair.get();
    Optional<String> target = EventCountries.target(ctx, trigger, involved, people, countries);
    Optional<String> source = target.flatMap(t -> other(countries, t));
    List<Participant> participants = participants(ctx, trigger.type(), involved, people, countries, target);
    EventStatus status = timing.status(ctx, group, trigger, when, article.published());
    Optional<Integer> ordinal = trigger.type() == EventType.CONSULTATION ? ordinal(ctx, trigger) : Optional.empty();
    boolean anchored = !participants.isEmpty() || when.start().isPresent() || ordinal.isPresent()
        || anchoredByText(ctx, trigger, source, target);
    // "also on an official visit", "visiting a number of businesses": a visit by nobody to nowhere
    if (trigger.type() == EventType.VISIT && participants.isEmpty() && target.isEmpty()) {
      return Optional.empty();
    }
    if (!anchored) {
      return Optional.empty();
    }
    Optional<PartialDate> leadDay = article.lead().filter(l -> l.line() == ctx.sentence().lineNumber())
        .flatMap(Datelines.Lead::day);
    if (when.start().isEmpty() && status == EventStatus.OCCURRED && leadDay.isPresent()) {
      when = new EventTiming.When(leadDay, Optional.empty(), Optional.empty()); // the story's own day
    }
    if (when.start().isEmpty() && status == EventStatus.OCCURRED && !timing.isBackground(ctx, trigger)
        && article.published().isPresent()) {
      when = new EventTiming.When(article.published().map(PartialDate::withMonthPrecision), Optional.empty(), Optional.empty());
    }
    if (trigger.type() == EventType.CONSULTATION && participants.isEmpty() && ordinal.isEmpty()
        && (when.mention().isEmpty() || isFounding(ctx, trigger))) {
      return Optional.empty(); // "set up the Joint Commission in 2001": the body, not a session of it
    }
    // "the 34 agreements signed over the years", "27 agreements signed since 1960": signings with
    // nobody named and no month, or of counted documents over a span, are a tally
    boolean yearAtMost = when.start().map(d -> d.precision() == PartialDate.Precision.YEAR).orElse(true);
    if (trigger.type() == EventType.SIGNING && (participants.isEmpty() && yearAtMost
        || countsDocuments(ctx) && (yearAtMost || ctx.sentence().text().contains(" since ")))) {
      return Optional.empty();
    }
    if (trigger.type() == EventType.VISIT && when.end().isEmpty() && when.start().isPresent()) {
      Optional<PartialDate> last = VisitLength.end(ctx.sentence().text(), when.start().get());
      if (last.isPresent()) {
        when = new EventTiming.When(when.start(), last, when.mention());
      }
    }
    Evidence evidence = new Evidence(article.id(), ctx.sentence().start(), ctx.sentence().end(), ctx.sentence().text());
    return Optional.of(new Event(trigger.type(), subtype(group), countries, source, target, participants,
        when.start(), when.end(), place(ctx, trigger, countries, target), status,
        trigger.type() == EventType.CONSULTATION ? mechanismName(ctx, trigger) : Optional.empty(),
        ordinal, Optional.empty(), List.of(evidence)));
  }



  private static List<Participant> participants(SentenceContext ctx, EventType type, List<PersonMention> mentions, ArticlePeople people,
      List<String> countries, Optional<String> target) {
    Map<ArticlePeople.Entity, PersonMention> byPerson = new LinkedHashMap<>();
    for (PersonMention m : mentions) {
      byPerson.putIfAbsent(people.of(m), m);
    }
    List<Participant> out = new ArrayList<>();
    for (Map.Entry<ArticlePeople.Entity, PersonMention> e : byPerson.entrySet()) {
      ArticlePeople.Entity person = e.getKey();
      Optional<String> country = person.country();
      if (country.isPresent() && !countries.contains(country.get())) {
        continue;
      }
      // A visit's participants are the visitors, not the hosts who invited them.
      if (type == EventType.VISIT && (target.isPresent() && country.equals(target) && byPerson.size() > 1
          || EventCountries.isInviter(ctx, e.getValue()))) {
        continue;
      }
      Optional<String> office = e.getValue().office().or(() -> person.officeMention().flatMap(PersonMention::office));
      out.add(new Participant(person.name(), country, office));
    }
    return out;
  }

  /** A city named with "in" or "at" in the sentence; else, for a visit, the host country. */
  private static Optional<dev.dyad.core.model.Place> place(SentenceContext ctx, Trigger trigger, List<String> countries,
      Optional<String> target) {
    List<Token> t = ctx.tokens();
    for (GazetteerMatch m : ctx.matches(MatchType.CITY)) {
      int k = ctx.tokenBefore(m.start());
      if (k >= 0 && Set.of("in", "at").contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
        Place city = (Place) m.value();
        return Optional.of(new dev.dyad.core.model.Place(Optional.of(city.name()), Optional.of(city.iso3())));
      }
    }
    if (trigger.type() == EventType.VISIT && target.isPresent()) {
      return Optional.of(dev.dyad.core.model.Place.country(target.get()));
    }
    for (GazetteerMatch m : ctx.matches(MatchType.COUNTRY)) {
      int k = ctx.tokenBefore(m.start());
      if (k >= 0 && t.get(k).word().equals("in") && m.iso3().filter(countries::contains).isPresent()) {
        return m.iso3().map(dev.dyad.core.model.Place::country);
      }
    }
    return Optional.empty();
  }

  /**
   * What else makes a report specific enough to record when nobody is named and nothing dates
   * it: "an additional RMB 500,000 in material assistance will be provided" (a sum for aid); "The
   * talks resulted in the signing of ..." (the talks will say who and when); "the forthcoming visit
   * of Argentina's Foreign Minister to India" (the visitor named by office).
   */
  private boolean anchoredByText(SentenceContext ctx, Trigger trigger, Optional<String> source, Optional<String> target) {
    return switch (trigger.type()) {
      case AID -> !money.find(ctx.sentence().text()).isEmpty();
      case SIGNING -> EncounterAnaphors.isOutcomeOfEncounter(ctx.sentence().text());
      case VISIT -> source.isPresent() && target.isPresent() && ctx.matches(MatchType.OFFICE).stream()
          .anyMatch(o -> PersonMentionFinder.countryBefore(ctx, o.start()).equals(source));
      default -> false;
    };
  }

  /** A body named near a word of its founding or description ("set up", "established", "is a mechanism for"). */
  private static boolean isFounding(SentenceContext ctx, Trigger trigger) {
    List<Token> t = ctx.tokens();
    for (int k = Math.max(0, trigger.first() - FOUNDING_WINDOW); k < Math.min(t.size(), trigger.last() + FOUNDING_WINDOW); k++) {
      String lemma = t.get(k).lemma().toLowerCase(Locale.ROOT);
      String next = k + 1 < t.size() ? t.get(k + 1).word().toLowerCase(Locale.ROOT) : "";
      if (FOUNDING.contains(lemma) || FOUNDING.contains(lemma + " " + next)) {
        return true;
      }
    }
    return false;
  }

  /** "more than 34 Agreements", "12 memoranda": a number of documents, not one signing. */
  private static boolean countsDocuments(SentenceContext ctx) {
    List<Token> t = ctx.tokens();
    for (int k = 0; k + 1 < t.size(); k++) {
      if (t.get(k).pos().equals("CD") && t.get(k + 1).pos().equals("NNS")
          && DOCUMENT_WORDS.contains(t.get(k + 1).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "the 24th meeting", "the first session": a numbered meeting is a session of a standing mechanism. */
  private static Trigger numberedSession(SentenceContext ctx, Trigger t) {
    if (t.type() != EventType.MEETING || t.subtype().isPresent()) {
      return t;
    }
    List<Token> tokens = ctx.tokens();
    for (int k = t.first() - 1; k >= Math.max(0, t.first() - 4); k--) {
      // "their 5th meeting" counts the encounters of people, "the 5th meeting" (or "its") a body's sessions
      boolean personal = k > 0 && PERSONAL_POSSESSIVES.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT));
      if (Ordinals.parse(tokens.get(k).word()).isPresent() && !personal) {
        return new Trigger(EventType.CONSULTATION, Optional.of("session"), t.first(), t.last(), t.takesObject());
      }
    }
    return t;
  }

  private static Optional<Integer> ordinal(SentenceContext ctx, Trigger trigger) {
    List<Token> t = ctx.tokens();
    for (int k = trigger.first() - 1; k >= Math.max(0, trigger.first() - ORDINAL_WINDOW); k--) {
      Optional<Integer> n = Ordinals.parse(t.get(k).word());
      if (n.isPresent()) {
        return n;
      }
    }
    return Optional.empty();
  }

  /** The mechanism's name as written: the capitalised phrase around the trigger's head word. */
  private static Optional<String> mechanismName(SentenceContext ctx, Trigger trigger) {
    List<Token> t = ctx.tokens();
    int from = trigger.first();
    while (from > 0 && isNamePart(t.get(from - 1))) {
      from--;
    }
    int to = trigger.last();
    while (to + 1 < t.size() && (isNamePart(t.get(to + 1))
        || Set.of("for", "on", "of", "and", ",", "-", "–").contains(t.get(to + 1).word())
        && to + 2 < t.size() && isNamePart(t.get(to + 2)))) {
      to++;
    }
    return Optional.of(ctx.between(t.get(from).start(), t.get(to).end()));
  }

  private static boolean isNamePart(Token tok) {
    String w = tok.word();
    return !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || w.equals("-") || w.equals("–"))
        && Ordinals.parse(w).isEmpty();
  }







  /** The group's main trigger's subtype, else the first one its other triggers give. */
  private static Optional<String> subtype(List<Trigger> group) {
    return TriggerGroups.mainOf(group).subtype()
        .or(() -> group.stream().map(Trigger::subtype).flatMap(Optional::stream).findFirst());
  }

  private static Optional<String> other(List<String> pair, String one) {
    return pair.get(0).equals(one) ? Optional.of(pair.get(1)) : pair.get(1).equals(one) ? Optional.of(pair.get(0)) : Optional.empty();
  }
}
