package dev.dyad.core.extract;

import dev.dyad.core.gazetteer.GazetteerMatch;
import dev.dyad.core.gazetteer.MatchType;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which two countries an event is between, and which way it goes. The participants'
 * countries come first, then the countries the sentence names; when the sentence gives only one,
 * its partner in the article's main pair completes it. The direction: a visit goes to the country
 * named after it ("a visit to Vietnam"), a reception from the host who receives, a call or aid
 * from the one who makes or gives it.
 */
final class EventCountries {
  private static final int TARGET_WINDOW = 6;

  private EventCountries() {}

  static Optional<List<String>> pair(SentenceContext ctx, List<PersonMention> mentions, ArticlePeople people,
      Optional<ArticleDyad> dyad) {
    Set<String> fromPeople = new LinkedHashSet<>();
    for (PersonMention m : mentions) {
      people.of(m).country().ifPresent(fromPeople::add);
    }
    Set<String> named = new LinkedHashSet<>();
    for (GazetteerMatch m : ctx.places()) {
      if (m.type() != MatchType.OFFICE) {
        m.iso3().ifPresent(named::add);
      }
    }
    Set<String> all = new LinkedHashSet<>(fromPeople);
    all.addAll(named);
    if (dyad.isPresent() && all.containsAll(dyad.get().countries())
        && (fromPeople.isEmpty() || dyad.get().countries().containsAll(fromPeople))) {
      return dyad.map(ArticleDyad::countries);
    }
    List<String> ordered = new ArrayList<>(fromPeople);
    for (String c : named) {
      if (!ordered.contains(c)) {
        ordered.add(c);
      }
    }
    if (ordered.size() >= 2) {
      String first = ordered.get(0);
      Optional<String> partner = dyad.flatMap(d -> d.partnerOf(first)).filter(ordered::contains);
      return Optional.of(List.of(first, partner.orElse(ordered.get(1))));
    }
    if (ordered.size() == 1) {
      String only = ordered.get(0);
      return dyad.flatMap(d -> d.partnerOf(only)).map(p -> List.of(only, p));
    }
    return dyad.map(ArticleDyad::countries);
  }

  /** The receiving side: the host of a visit, the guest of a reception, the one called or aided. */
  static Optional<String> target(SentenceContext ctx, Trigger trigger, List<PersonMention> mentions,
      ArticlePeople people, List<String> pair) {
    List<Token> t = ctx.tokens();
    if (trigger.type() == EventType.VISIT) {
      for (int k = trigger.last() + 1; k < Math.min(t.size(), trigger.last() + TARGET_WINDOW); k++) {
        String w = t.get(k - 1).word().toLowerCase(Locale.ROOT);
        Optional<String> c = ctx.matchAt(t.get(k).start(), MatchType.COUNTRY, MatchType.CITY).flatMap(GazetteerMatch::iso3);
        if (c.isPresent() && pair.contains(c.get()) && Set.of("to", "in", "of").contains(w)) {
          return c;
        }
      }
      // "is in Viet Nam for an official visit"
      for (int k = Math.max(1, trigger.first() - 5); k < trigger.first(); k++) {
        Optional<String> in = ctx.matchAt(t.get(k).start(), MatchType.COUNTRY).flatMap(GazetteerMatch::iso3)
            .filter(pair::contains);
        if (in.isPresent() && t.get(k - 1).word().equals("in")) {
          return in;
        }
      }
      // "his Belarus visit", "the Japan trip"
      if (trigger.first() > 0) {
        Optional<String> before = ctx.matchAt(t.get(trigger.first() - 1).start(), MatchType.COUNTRY)
            .flatMap(GazetteerMatch::iso3).filter(pair::contains);
        if (before.isPresent()) {
          return before;
        }
      }
      if (t.get(trigger.first()).word().equalsIgnoreCase("visiting")) {
        return firstCountryAfter(mentions, people, t.get(trigger.last()).end()).flatMap(c -> other(pair, c));
      }
      Optional<String> host = mentions.stream().filter(m -> isInviter(ctx, m)).map(m -> people.of(m).country())
          .flatMap(Optional::stream).filter(pair::contains).findFirst();
      if (host.isPresent()) {
        return host;
      }
      Optional<String> visitor = mentions.stream().filter(m -> m.end() <= t.get(trigger.first()).start())
          .map(m -> people.of(m).country()).flatMap(Optional::stream).reduce((a, b) -> b);
      return visitor.filter(pair::contains).flatMap(v -> other(pair, v));
    }
    if (trigger.type() == EventType.AID || trigger.type() == EventType.CALL
        || trigger.subtype().filter(s -> s.equals("reception") || s.equals("courtesy call")).isPresent()) {
      Optional<String> actor = lastCountryBefore(ctx, mentions, people, t.get(trigger.first()).start());
      return actor.filter(pair::contains).flatMap(a -> other(pair, a));
    }
    return Optional.empty();
  }

  /** "at the invitation of X": X is the host. */
  static boolean isInviter(SentenceContext ctx, PersonMention m) {
    List<Token> t = ctx.tokens();
    int k = ctx.tokenAt(m.start());
    for (int back = 1; back <= 6 && k - back >= 0; back++) {
      String w = t.get(k - back).word().toLowerCase(Locale.ROOT);
      if (w.equals("invitation")) {
        return true;
      }
      if (w.equals(",") || w.equals(".") || t.get(k - back).pos().startsWith("VB")) {
        return false;
      }
    }
    return false;
  }

  private static Optional<String> firstCountryAfter(List<PersonMention> mentions, ArticlePeople people, int offset) {
    return mentions.stream().filter(m -> m.start() >= offset).map(m -> people.of(m).country())
        .flatMap(Optional::stream).findFirst();
  }

  /** The country of the actor before the trigger: a person's, else a country named as subject. */
  private static Optional<String> lastCountryBefore(SentenceContext ctx, List<PersonMention> mentions,
      ArticlePeople people, int offset) {
    Optional<String> person = mentions.stream().filter(m -> m.end() <= offset)
        .map(m -> people.of(m).country()).flatMap(Optional::stream).reduce((a, b) -> b);
    if (person.isPresent()) {
      return person;
    }
    return ctx.places().stream().filter(m -> m.end() <= offset && m.type() != MatchType.OFFICE)
        .map(GazetteerMatch::iso3).flatMap(Optional::stream).reduce((a, b) -> b);
  }

  private static Optional<String> other(List<String> pair, String one) {
    if (!pair.contains(one)) {
      return Optional.empty();
    }
    return Optional.of(pair.get(0).equals(one) ? pair.get(1) : pair.get(0));
  }
}
