package dev.dyad.core.extract;

import dev.dyad.core.internal.ResourceLines;

import dev.dyad.core.model.EventStatus;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.TimeMention;
import dev.dyad.core.model.Token;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When an event happened and whether it has: the sentence's time expression nearest its trigger
 * (an expression after the trigger wins a tie), and "planned" when a future marker governs the
 * trigger ("will pay a visit", "the upcoming visit", "the visit ... will create") or the date lies
 * after publication.
 */
final class EventTiming {
  private static final int BEFORE = 5;
  /** How far a noun trigger may stand from the verb it is the subject of ("the visit ... will create"). */
  private static final int SUBJECT_WINDOW = 25;
  private final Set<String> plannedMarkers = Set.copyOf(ResourceLines.lines("/extract/planned-markers.txt"));
  private final Set<String> backgroundMarkers = Set.copyOf(ResourceLines.lines("/extract/background-markers.txt"));
  private final Set<String> vagueWords = Set.copyOf(ResourceLines.lines("/extract/vague-times.txt"));

  /** The chosen time expression's dates: start and (for ranges) end. */
  record When(Optional<PartialDate> start, Optional<PartialDate> end, Optional<TimeMention> mention) {
    static final When UNKNOWN = new When(Optional.empty(), Optional.empty(), Optional.empty());

    static When of(TimeMention m) {
      return new When(m.from(), m.to(), Optional.of(m));
    }

    /** The same time known to the month only: a visit under way on a day another event took. */
    When toMonth() {
      return new When(start.map(PartialDate::withMonthPrecision), Optional.empty(), mention);
    }
  }

  When when(SentenceContext ctx, Trigger trigger, java.util.function.Predicate<TimeMention> mine) {
    List<Token> t = ctx.tokens();
    int anchor = t.get(trigger.first()).start();
    return ctx.sentence().times().stream()
        .filter(TimeMention::isResolved)
        .filter(mine)
        .filter(m -> !isPartOfName(ctx, m))
        .filter(m -> m.kind() != TimeMention.Kind.PERIOD || m.from().get().precision() == PartialDate.Precision.YEAR
            && m.to().isEmpty())
        .filter(m -> !precededBySince(ctx, m))
        .filter(m -> !isVague(m))
        .min(Comparator.comparingInt((TimeMention m) -> distance(anchor, m)))
        .map(When::of)
        .orElse(When.UNKNOWN);
  }

  /** All year-or-better dates of the sentence after the trigger, in order (for "visits in 1957 and 1961"). */
  List<TimeMention> datesAfter(SentenceContext ctx, Trigger trigger) {
    int after = ctx.tokens().get(trigger.last()).end();
    return ctx.sentence().times().stream().filter(TimeMention::isResolved)
        .filter(m -> m.start() >= after && m.kind() == TimeMention.Kind.POINT).toList();
  }

  EventStatus status(SentenceContext ctx, List<Trigger> group, Trigger trigger, When when, Optional<PartialDate> published) {
    List<Token> t = ctx.tokens();
    for (Trigger each : group) {
      for (int k = Math.max(0, each.first() - BEFORE); k < each.first(); k++) {
        if (isPlannedMarker(t.get(k))) {
          return EventStatus.PLANNED;
        }
      }
    }
    if (t.get(trigger.last()).pos().startsWith("NN")) {
      for (int k = trigger.last() + 1; k < Math.min(t.size(), trigger.last() + SUBJECT_WINDOW); k++) {
        Token tok = t.get(k);
        if (tok.pos().equals("MD") && Set.of("will", "shall", "'ll").contains(tok.word().toLowerCase(Locale.ROOT))) {
          return EventStatus.PLANNED;
        }
        if (tok.pos().startsWith("VB") && !tok.pos().equals("VBG")) {
          break; // the trigger's own verb came first and was not a future one
        }
      }
    }
    if (when.start().isPresent() && published.isPresent()
        && when.start().get().earliest().isAfter(published.get().latest())) {
      return EventStatus.PLANNED;
    }
    return EventStatus.OCCURRED;
  }

  /** Whether the words around the trigger place the event in an unstated past ("visited ... in the past"). */
  boolean isBackground(SentenceContext ctx, Trigger trigger) {
    List<Token> t = ctx.tokens();
    for (int k = Math.max(0, trigger.first() - BEFORE); k < Math.min(t.size(), trigger.last() + 1 + BEFORE); k++) {
      if (backgroundMarkers.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A year that belongs to a name ("Defence Expo 2024", "the 2022 U.S.-Mexico High-Level Economic
   * Dialogue") dates nothing else.
   */
  private static boolean isPartOfName(SentenceContext ctx, TimeMention m) {
    if (!m.text().matches("\\d{4}")) {
      return false;
    }
    int before = ctx.tokenBefore(m.start());
    int after = ctx.tokenAt(m.end());
    return before >= 0 && ctx.tokens().get(before).pos().startsWith("NNP")
        || after < ctx.tokens().size() && ctx.tokens().get(after).pos().startsWith("NNP");
  }

  private boolean isPlannedMarker(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return plannedMarkers.contains(w) || plannedMarkers.contains(t.lemma().toLowerCase(Locale.ROOT))
        && !t.pos().equals("VBD") && !t.pos().equals("VBN");
  }

  /** "over the past years", "in the coming time": no digit, only vague words. */
  private boolean isVague(TimeMention m) {
    if (m.text().matches(".*\\d.*")) {
      return false;
    }
    for (String w : m.text().toLowerCase(Locale.ROOT).split("\\W+")) {
      if (vagueWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean precededBySince(SentenceContext ctx, TimeMention m) {
    int k = ctx.tokenBefore(m.start());
    return k >= 0 && ctx.tokens().get(k).word().equalsIgnoreCase("since");
  }

  private static int distance(int anchor, TimeMention m) {
    return m.start() >= anchor ? m.start() - anchor : (anchor - m.end()) * 2;
  }
}
