package dev.dyad.core.extract;

import dev.dyad.core.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises encounters named after a body of many states ("the Extraordinary IGAD Summit", "the
 * G20 summit", "the Asean Summit in Kuala Lumpur", "the Summit of the Americas"): they are not
 * encounters between two countries. The bodies are listed in {@code multilateral-bodies.txt};
 * acronyms written in capitals match only in capitals ("WHO", not "who").
 */
final class MultilateralGatherings {
  private static final int NAME_WORDS = 8;
  /** "Summit of the Community of Latin American and Caribbean States (Celac)". */
  private static final int FULL_NAME_WORDS = 14;
  private static final Pattern BODIES = bodies();
  /** Words inside a body's full name after the noun: "Summit of the Community of ... and ... (Celac)". */
  private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("of", "the", "and", "(", ")");

  private MultilateralGatherings() {}

  /** Whether the encounter noun of this trigger is named after a multilateral body. */
  static boolean names(SentenceContext ctx, Trigger trigger) {
    List<Token> t = ctx.tokens();
    if (!trigger.family().equals("ENCOUNTER") || !t.get(trigger.last()).pos().startsWith("NN")) {
      return false;
    }
    int from = trigger.first();
    while (from > 0 && trigger.first() - from < NAME_WORDS && isNameWord(t.get(from - 1))) {
      from--;
    }
    int to = trigger.last();
    // "Summit of the Americas", "Meeting of the SCO Council"
    while (to + 1 < t.size() && to - trigger.last() < FULL_NAME_WORDS
        && (isNameWord(t.get(to + 1)) || NAME_JOINERS.contains(t.get(to + 1).word()))) {
      to++;
    }
    return BODIES.matcher(ctx.between(t.get(from).start(), t.get(to).end())).find();
  }

  private static boolean isNameWord(Token tok) {
    String w = tok.word();
    return !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))
        || w.equals("-"));
  }

  private static Pattern bodies() {
    StringBuilder alternation = new StringBuilder();
    for (String body : ExtractResource.lines("multilateral-bodies.txt")) {
      boolean acronym = body.equals(body.toUpperCase(Locale.ROOT));
      String quoted = Pattern.quote(body);
      alternation.append(alternation.length() == 0 ? "" : "|").append(acronym ? quoted : "(?i:" + quoted + ")");
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
  }
}
