package dev.dyad.core.extract;

import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event reports of one sentence: triggers of one family close together are one report ("the
 * 12th Meeting of the China-Kazakhstan Cooperation Committee"), and each person goes to the
 * report whose words are nearest, so that in "the visit by X in 2023 and the meeting between Y and
 * Z in 2024" X visits and Y meets Z. A trigger that takes an object also claims the person right
 * after it ("received visiting Prime Minister X": X is both received and visiting), and people
 * joined by "and" go together.
 */
final class TriggerGroups {
  private static final int GAP = 6;
  private static final int OBJECT_WINDOW = 6;
  private static final int POSSESSED_WINDOW = 3;
  private static final Set<String> EVENT_VERBS = Set.of("take", "hold", "be", "have", "happen", "occur", "start",
      "begin", "commence", "open", "close", "conclude", "end", "place", "schedule", "co-chair", "chair",
      "provide", "give", "donate", "hand", "deliver", "send", "grant", "attend", "host", "sign", "accompany", "lead");

  /** Triggers reporting one event, spanning tokens {@code [first, last]}. */
  record Group(List<Trigger> triggers, int first, int last) {
    int distance(int from, int to) {
      if (to < first) {
        return first - to;
      }
      return from > last ? from - last : 0;
    }

    /** "received visiting Prime Minister X": a visit known only from the adjective. */
    boolean isAdjectivalVisit() {
      return triggers.size() == 1 && triggers.get(0).type() == EventType.VISIT && triggers.get(0).takesObject();
    }

    /** CONSULTATION before CALL before MEETING; a subtype before none. */
    Trigger main() {
      return mainOf(triggers);
    }
  }

  private TriggerGroups() {}

  /** The trigger that names a report best: CONSULTATION before CALL before MEETING; a subtype before none. */
  static Trigger mainOf(List<Trigger> triggers) {
    List<EventType> order = List.of(EventType.CONSULTATION, EventType.CALL, EventType.MEETING);
    return triggers.stream().min((a, b) -> {
      int c = Integer.compare(Math.max(0, order.indexOf(a.type())), Math.max(0, order.indexOf(b.type())));
      return c != 0 ? c : Boolean.compare(a.subtype().isEmpty(), b.subtype().isEmpty());
    }).orElseThrow();
  }

  static List<Group> of(List<Trigger> triggers) {
    List<Group> out = new ArrayList<>();
    List<Trigger> current = new ArrayList<>();
    for (Trigger t : triggers) {
      if (!current.isEmpty()) {
        Trigger prev = current.get(current.size() - 1);
        if (!prev.family().equals(t.family()) || t.first() - prev.last() > GAP) {
          out.add(group(current));
          current = new ArrayList<>();
        }
      }
      current.add(t);
    }
    if (!current.isEmpty()) {
      out.add(group(current));
    }
    return out;
  }

  /**
   * A plain meeting in a sentence that names a standing mechanism is that mechanism's session
   * ("political consultation ..., with the latest meeting in January 2022"; "held a meeting under
   * the 7th Annual Consultation framework"): one report. Receptions, talks and calls stay apart.
   */
  static List<Group> foldSessions(List<Group> groups, Map<Group, List<PersonMention>> people) {
    Optional<Group> mechanism = groups.stream().filter(g -> g.main().type() == EventType.CONSULTATION).findFirst();
    if (mechanism.isEmpty()) {
      return groups;
    }
    List<Trigger> folded = new ArrayList<>(mechanism.get().triggers());
    List<Group> out = new ArrayList<>();
    for (Group g : groups) {
      // "The meeting, co-chaired by A and B, is a precursor to Tuesday's presidential BNC, where C and D ...":
      // a meeting with people of its own, beside a session with others, is another report
      boolean ownPeople = !people.getOrDefault(g, List.of()).isEmpty()
          && !people.getOrDefault(mechanism.get(), List.of()).isEmpty()
          && people.get(g).stream().noneMatch(people.get(mechanism.get())::contains);
      if (g != mechanism.get() && g.main().type() == EventType.MEETING && g.main().subtype().isEmpty() && !ownPeople) {
        folded.addAll(g.triggers());
      } else if (g != mechanism.get()) {
        out.add(g);
      }
    }
    folded.sort((a, b) -> Integer.compare(a.first(), b.first()));
    out.add(group(folded));
    out.sort((a, b) -> Integer.compare(a.first(), b.first()));
    return out;
  }

  static Map<Group, List<PersonMention>> assignPeople(SentenceContext ctx, List<Group> groups, List<PersonMention> mentions) {
    Map<Group, List<PersonMention>> out = new LinkedHashMap<>();
    groups.forEach(g -> out.put(g, new ArrayList<>()));
    for (PersonMention m : mentions) {
      int from = titleStart(ctx, ctx.tokenAt(m.start()), groups);
      int to = ctx.tokenBefore(m.end());
      Group nearest = nearest(groups, from, to);
      for (Group g : groups) {
        if (g == nearest || takesAsObject(ctx, g, from)) {
          out.get(g).add(m);
        }
      }
    }
    for (Group g : groups) {
      subjectAcrossAside(ctx, g, mentions).filter(m -> !out.get(g).contains(m)).ifPresent(out.get(g)::add);
    }
    for (Group g : groups) {
      List<PersonMention> claimed = out.get(g);
      for (int i = 0; i + 1 < mentions.size(); i++) {
        PersonMention a = mentions.get(i);
        PersonMention b = mentions.get(i + 1);
        if (claimed.contains(a) ^ claimed.contains(b) && joinedByAnd(ctx, a, b)) {
          claimed.add(claimed.contains(a) ? b : a);
        }
      }
      claimed.sort((x, y) -> Integer.compare(x.start(), y.start()));
    }
    return out;
  }

  /**
   * The report a time expression belongs to: the nearest one before it ("the visit ... in December
   * 2023 and the meeting ... in October 2024") unless a verb of another clause comes between
   * ("a summit ..., noting the partnership established in 2013"), else the nearest after it ("On
   * Monday, X met Y").
   * A visit named only by "visiting" claims no time: the day is that of the other report.
   */
  static Optional<Group> forTime(SentenceContext ctx, List<Group> groups, int from, int to) {
    Optional<Group> possessor = possessedBy(ctx, groups, to);
    if (possessor.isPresent()) {
      return possessor;
    }
    Group before = null;
    Group after = null;
    for (Group g : groups) {
      if (g.isAdjectivalVisit()) {
        continue;
      }
      if (g.last() < from && (before == null || g.last() > before.last()) && !clauseBetween(ctx, groups, g.last() + 1, from)) {
        before = g;
      } else if (g.first() > to && (after == null || g.first() < after.first())) {
        after = g;
      } else if (g.distance(from, to) == 0) {
        return Optional.of(g);
      }
    }
    return Optional.ofNullable(before != null ? before : after);
  }

  /** "Tuesday's presidential session": a time in the possessive is the time of the report right after it. */
  static Optional<Group> possessedBy(SentenceContext ctx, List<Group> groups, int to) {
    List<Token> t = ctx.tokens();
    if (to + 1 >= t.size() || !Set.of("'s", "’s").contains(t.get(to + 1).word())) {
      return Optional.empty();
    }
    return groups.stream().filter(g -> g.first() > to + 1 && g.first() - (to + 1) <= POSSESSED_WINDOW).findFirst();
  }

  /** Whether a time at token {@code at} lies in the trigger's clause (before it, or after it with no other clause's verb between). */
  static boolean sameClause(SentenceContext ctx, List<Group> groups, Trigger trigger, int at) {
    return at < trigger.first() || !clauseBetween(ctx, groups, trigger.last() + 1, at);
  }

  /**
   * A finite verb or participle between an event and a later time: "partnership established in
   * 2013". Verbs that only place the event itself ("having taken place on", "was held on") do not count.
   */
  private static boolean clauseBetween(SentenceContext ctx, List<Group> groups, int from, int to) {
    for (int k = from; k < to; k++) {
      Token tok = ctx.tokens().get(k);
      int index = k;
      boolean trigger = groups.stream().anyMatch(g -> index >= g.first() && index <= g.last());
      // "rain-hit areas", "war-torn regions": a compound adjective, not another clause's verb
      boolean compound = tok.word().indexOf('-') > 0 || k > 0 && ctx.tokens().get(k - 1).pos().equals("HYPH");
      if (!trigger && !compound && Set.of("VBD", "VBN", "VBZ", "VBP", "VBG").contains(tok.pos()) && !placesTheEvent(ctx, k)) {
        return true;
      }
    }
    return false;
  }

  /** "was held", "took place", "began": a verb of the event itself; "taking office" is another act. */
  private static boolean placesTheEvent(SentenceContext ctx, int k) {
    String lemma = ctx.tokens().get(k).lemma();
    if (lemma.equals("take")) {
      return k + 1 < ctx.tokens().size() && ctx.tokens().get(k + 1).word().equals("place");
    }
    return EVENT_VERBS.contains(lemma);
  }

  static Group nearest(List<Group> groups, int from, int to) {
    Group best = groups.get(0);
    for (Group g : groups) {
      if (g.distance(from, to) < best.distance(from, to)) {
        best = g;
      }
    }
    return best;
  }

  /**
   * "Polish President X, on his official visit to South Korea, met with Y": the subject of an
   * encounter verb, separated from it only by an aside between commas, takes part in it too
   * (the aside's own report claims X as the nearer one).
   */
  private static Optional<PersonMention> subjectAcrossAside(SentenceContext ctx, Group g, List<PersonMention> mentions) {
    Trigger verb = g.triggers().get(0);
    List<Token> t = ctx.tokens();
    if (!verb.family().equals("ENCOUNTER") || !t.get(verb.first()).pos().startsWith("VB")) {
      return Optional.empty();
    }
    Optional<PersonMention> subject = mentions.stream().filter(m -> ctx.tokenBefore(m.end()) < verb.first())
        .reduce((a, b) -> b);
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    int from = ctx.tokenBefore(subject.get().end()) + 1;
    int to = verb.first() - 1;
    boolean aside = from < to && t.get(from).word().equals(",") && t.get(to).word().equals(",");
    for (int k = from + 1; aside && k < to; k++) {
      aside = !t.get(k).pos().startsWith("VB") && !t.get(k).word().equals(",");
    }
    return aside ? subject : Optional.empty();
  }

  /** Where the name's title begins: "Belarusian Prime Minister R. Golovchenko" counts from "Belarusian". */
  private static int titleStart(SentenceContext ctx, int nameStart, List<Group> groups) {
    List<Token> t = ctx.tokens();
    int k = nameStart;
    while (k > 0) {
      Token prev = t.get(k - 1);
      int index = k - 1;
      boolean trigger = groups.stream().anyMatch(g -> index >= g.first() && index <= g.last());
      boolean titleWord = Character.isUpperCase(prev.word().codePointAt(0)) || prev.word().equals("of");
      if (trigger || !titleWord) {
        break;
      }
      k--;
    }
    return k;
  }

  /** "received X", "visiting X", "a meeting with X", "talks between X and Y": the person right after. */
  private static boolean takesAsObject(SentenceContext ctx, Group g, int personStart) {
    List<Token> t = ctx.tokens();
    return g.triggers().stream().anyMatch(tr -> (tr.takesObject() || tr.family().equals("ENCOUNTER")
            && tr.last() + 1 < t.size() && Set.of("with", "between", "on").contains(t.get(tr.last() + 1).word()))
        && personStart > tr.last() && personStart - tr.last() <= OBJECT_WINDOW);
  }

  /** "X and Y", "X and Belarusian Minister Y": only "and" and title words between the two names. */
  private static boolean joinedByAnd(SentenceContext ctx, PersonMention a, PersonMention b) {
    List<Token> t = ctx.tokens();
    int from = ctx.tokenBefore(a.end()) + 1;
    int to = ctx.tokenAt(b.start());
    if (from >= to || !t.get(from).word().equals("and")) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      String w = t.get(k).word();
      if (!Character.isUpperCase(w.codePointAt(0)) && !w.equals("of") && !w.equals("the")) {
        return false;
      }
    }
    return true;
  }

  private static Group group(List<Trigger> triggers) {
    return new Group(List.copyOf(triggers), triggers.get(0).first(), triggers.get(triggers.size() - 1).last());
  }
}
