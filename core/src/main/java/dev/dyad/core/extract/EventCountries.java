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
  private static final int NEAR = 4;
  private static final int CLAUSE_WINDOW = 16;
  private static final int RECEIVED_WINDOW = 3;
  private static final int AGENT_WINDOW = 4;
  private static final int BY_WINDOW = 6;
  private static final Set<String> RECEIVED_ACTS = Set.copyOf(ExtractResource.lines("received-acts.txt"));

  private EventCountries() {}

  /**
   * The two countries: the participants' first, then a country named right beside the trigger
   * ("visited Libya", "a visit to Chile"), then the article's main pair; a country the sentence only
   * mentions in passing ("condemned Pyongyang's ...") is the last resort.
   */
  static Optional<List<String>> pair(SentenceContext ctx, Trigger trigger, List<PersonMention> mentions,
      ArticlePeople people, Optional<ArticleDyad> dyad) {
    List<String> fromPeople = new ArrayList<>();
    for (PersonMention m : mentions) {
      people.of(m).country().filter(c -> !fromPeople.contains(c)).ifPresent(fromPeople::add);
    }
    List<String> near = new ArrayList<>();
    List<String> named = new ArrayList<>();
    List<Token> t = ctx.tokens();
    int from = t.get(trigger.first()).start();
    int to = t.get(trigger.last()).end();
    for (GazetteerMatch m : ctx.places()) {
      if (m.type() == MatchType.OFFICE || m.iso3().isEmpty()) {
        continue;
      }
      String c = m.iso3().get();
      int gap = m.start() >= to ? ctx.tokenAt(m.start()) - trigger.last() : trigger.first() - ctx.tokenBefore(m.end());
      if (gap <= NEAR && !near.contains(c)) {
        near.add(c);
      }
      if (!named.contains(c)) {
        named.add(c);
      }
    }
    if (dyad.isPresent() && dyad.get().countries().containsAll(fromPeople)
        && (fromPeople.size() == 2 || named.containsAll(dyad.get().countries()))) {
      return dyad.map(ArticleDyad::countries);
    }
    if (fromPeople.size() >= 2) {
      return Optional.of(List.of(fromPeople.get(0), fromPeople.get(1)));
    }
    if (fromPeople.size() == 1) {
      String p = fromPeople.get(0);
      Optional<String> second = near.stream().filter(c -> !c.equals(p)).findFirst()
          .or(() -> dyad.flatMap(d -> d.partnerOf(p)))
          .or(() -> named.stream().filter(c -> !c.equals(p)).findFirst());
      return second.map(c -> List.of(p, c));
    }
    if (near.size() >= 2) {
      return Optional.of(List.of(near.get(0), near.get(1)));
    }
    if (near.size() == 1) {
      String n = near.get(0);
      return dyad.flatMap(d -> d.partnerOf(n)).map(c -> List.of(n, c));
    }
    return dyad.map(ArticleDyad::countries);
  }

  /** The receiving side: the host of a visit, the guest of a reception, the one called or aided. */
  static Optional<String> target(SentenceContext ctx, Trigger trigger, List<PersonMention> mentions,
      ArticlePeople people, List<String> pair) {
    List<Token> t = ctx.tokens();
    if (trigger.type() == EventType.VISIT) {
      // "a visit to Chile", and "the visit of Peruvian President X to Chile" up to the clause's verb
      for (int k = trigger.last() + 1; k < Math.min(t.size(), trigger.last() + CLAUSE_WINDOW); k++) {
        if (k > trigger.last() + TARGET_WINDOW && (t.get(k).pos().startsWith("VB") || t.get(k).word().equals(","))) {
          break;
        }
        String w = t.get(k - 1).word().toLowerCase(Locale.ROOT);
        Optional<GazetteerMatch> place = ctx.matchAt(t.get(k).start(), MatchType.COUNTRY, MatchType.CITY);
        Optional<String> c = place.flatMap(GazetteerMatch::iso3);
        // "the visit of Argentina's Foreign Minister to India": a possessive names the visitor's side
        boolean possessive = place.map(m -> ctx.tokenAt(m.end())).filter(n -> n < t.size())
            .map(n -> Set.of("'s", "’s").contains(t.get(n).word())).orElse(false);
        if (c.isPresent() && pair.contains(c.get()) && Set.of("to", "in", "of").contains(w) && !possessive) {
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
    if (trigger.type() == EventType.CALL && isReceived(ctx, trigger) || receivedFrom(ctx, trigger)) {
      // "X received a phone call from Y", "X received an official welcome from Y": Y made it
      int after = t.get(trigger.last()).end();
      Optional<String> actor = firstCountryAfter(mentions, people, after)
          .or(() -> ctx.places().stream().filter(m -> m.start() >= after && m.type() != MatchType.OFFICE)
              .map(GazetteerMatch::iso3).flatMap(Optional::stream).findFirst());
      return actor.filter(pair::contains).flatMap(c -> other(pair, c));
    }
    Optional<String> agent = trigger.type() == EventType.AID ? passiveAgent(ctx, trigger, mentions, people) : Optional.empty();
    if (agent.isPresent()) {
      // "aid provided by the Chinese government to ...": the agent gives
      return agent.filter(pair::contains).flatMap(a -> other(pair, a));
    }
    if (trigger.type() == EventType.AID || trigger.type() == EventType.CALL
        || trigger.subtype().filter(s -> s.equals("reception") || s.equals("courtesy call")).isPresent()) {
      Optional<String> actor = lastCountryBefore(ctx, mentions, people, t.get(trigger.first()).start());
      return actor.filter(pair::contains).flatMap(a -> other(pair, a));
    }
    return Optional.empty();
  }

  /** "received a phone call", "receives a call": the one named after the trigger made it. */
  private static boolean isReceived(SentenceContext ctx, Trigger trigger) {
    for (int k = Math.max(0, trigger.first() - RECEIVED_WINDOW); k < trigger.first(); k++) {
      if (ctx.tokens().get(k).lemma().equals("receive")) {
        return true;
      }
    }
    return false;
  }

  /** "aid provided by the Chinese government", "assistance extended by X": the country or person after "by". */
  private static Optional<String> passiveAgent(SentenceContext ctx, Trigger trigger, List<PersonMention> mentions,
      ArticlePeople people) {
    List<Token> t = ctx.tokens();
    for (int k = trigger.last() + 1; k < Math.min(t.size() - 1, trigger.last() + 1 + BY_WINDOW); k++) {
      if (t.get(k).word().equals("by") && t.get(k - 1).pos().equals("VBN")) {
        int from = t.get(k + 1).start();
        int to = t.get(Math.min(t.size() - 1, k + AGENT_WINDOW)).end();
        Optional<String> person = mentions.stream().filter(m -> m.start() >= from && m.start() < to)
            .map(m -> people.of(m).country()).flatMap(Optional::stream).findFirst();
        return person.or(() -> ctx.places().stream().filter(m -> m.start() >= from && m.start() < to && m.type() != MatchType.OFFICE)
            .map(GazetteerMatch::iso3).flatMap(Optional::stream).findFirst());
      }
    }
    return Optional.empty();
  }

  /** "received an official welcome from X": "receive", one of the acts of received-acts.txt, then "from". */
  private static boolean receivedFrom(SentenceContext ctx, Trigger trigger) {
    List<Token> t = ctx.tokens();
    if (!t.get(trigger.first()).lemma().equals("receive")) {
      return false;
    }
    boolean act = false;
    for (int k = trigger.last() + 1; k < Math.min(t.size(), trigger.last() + 1 + RECEIVED_WINDOW + 2); k++) {
      act |= RECEIVED_ACTS.contains(t.get(k).lemma().toLowerCase(Locale.ROOT));
      if (t.get(k).word().equals("from")) {
        return act;
      }
    }
    return false;
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
