package dev.dyad.core.extract;

import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.Participant;
import dev.dyad.core.model.Token;
import dev.dyad.core.resolve.PersonNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "He was accompanied by a delegation including Foreign Minister X and Trade Minister Y": the
 * people a visitor is accompanied by take part in the visit, on the visitor's side. The visit is
 * the one the accompanied person makes, else the article's last visit reported before.
 */
final class Companions {
  private static final java.util.regex.Pattern BOTH_SIDES = ExtractResource.words("companions-of-both-sides.txt");

  private Companions() {}

  static List<Event> join(List<Event> events, List<SentenceContext> sentences, Map<Integer, List<PersonMention>> mentions,
      ArticlePeople people) {
    List<Event> out = new ArrayList<>(events);
    for (SentenceContext s : sentences) {
      int by = accompaniedBy(s);
      if (by < 0) {
        continue;
      }
      int offset = s.tokens().get(by).end();
      List<PersonMention> here = mentions.getOrDefault(s.index(), List.of());
      List<PersonMention> accompanied = here.stream().filter(m -> m.end() <= s.tokens().get(by - 1).start()).toList();
      if (accompanied.stream().map(people::of).distinct().count() > 1 || BOTH_SIDES.matcher(s.sentence().text()).find()) {
        continue; // "Both premiers were accompanied by their respective spouses": companions of both sides
      }
      Optional<PersonMention> visitor = accompanied.stream().reduce((a, b) -> b);
      List<PersonMention> companions = here.stream().filter(m -> m.start() >= offset).toList();
      Optional<Event> visit = visitOf(out, visitor.map(m -> people.of(m).name()), s.sentence().start());
      if (visit.isEmpty() || companions.isEmpty()) {
        continue;
      }
      Event v = visit.get();
      Optional<String> side = v.source();
      List<Participant> participants = new ArrayList<>(v.participants());
      for (PersonMention m : companions) {
        ArticlePeople.Entity person = people.of(m);
        boolean known = participants.stream().anyMatch(p -> PersonNames.same(p.name(), person.name()));
        boolean otherSide = person.country().isPresent() && !person.country().equals(side);
        if (!known && !otherSide) {
          side.ifPresent(person::assumeCountry);
          participants.add(new Participant(person.name(), person.country().or(() -> side),
              m.office().or(() -> person.officeMention().flatMap(PersonMention::office))));
        }
      }
      List<Evidence> evidence = new ArrayList<>(v.evidence());
      Evidence sentence = new Evidence(v.evidence().get(0).article(), s.sentence().start(), s.sentence().end(), s.sentence().text());
      if (!evidence.contains(sentence)) {
        evidence.add(sentence);
      }
      out.set(out.indexOf(v), v.withParticipants(participants).withEvidence(evidence));
    }
    return out;
  }

  /** The token "by" of "accompanied by", or -1. */
  private static int accompaniedBy(SentenceContext s) {
    List<Token> t = s.tokens();
    for (int k = 1; k + 1 < t.size(); k++) {
      if (t.get(k).lemma().equals("accompany") && t.get(k + 1).word().equals("by")) {
        return k + 1;
      }
    }
    return -1;
  }

  private static Optional<Event> visitOf(List<Event> events, Optional<String> visitor, int before) {
    List<Event> visits = events.stream().filter(e -> e.type() == EventType.VISIT && e.source().isPresent()).toList();
    Optional<Event> own = visitor.flatMap(name -> visits.stream()
        .filter(v -> v.participants().stream().anyMatch(p -> PersonNames.same(p.name(), name))).findFirst());
    return own.or(() -> visits.stream().filter(v -> v.evidence().stream().anyMatch(ev -> ev.start() <= before))
        .reduce((a, b) -> b));
  }
}
