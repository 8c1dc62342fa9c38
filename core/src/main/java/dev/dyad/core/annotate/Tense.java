package dev.dyad.core.annotate;

import dev.dyad.core.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the verb group that governs a time expression, read from part-of-speech tags:
 * "arrived … on Sunday" is PAST, "will meet … on Tuesday" and "is expected to visit … on Friday"
 * are FUTURE, "says … on Monday" is UNKNOWN.
 *
 * <p>The governing verb is the nearest verb before the expression in its clause, or, when the
 * expression opens the clause ("On Tuesday, the ministers will meet"), the first verb after it.
 * This is a heuristic on tags, not a parse: a nominal such as "the visit on Sunday" takes the tense
 * of the nearest verb before it.
 */
enum Tense {
  PAST,
  FUTURE,
  UNKNOWN;

  /** How far to look for the governing verb, in tokens. */
  private static final int REACH = 14;

  private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "\"", "''", "``", "“", "”");
  private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo");
  /** Words that, between a present-tense verb and "to", announce a plan: "is expected to". */
  private static final Set<String> PLAN_WORDS = Set.of(
      "expected", "scheduled", "set", "due", "slated", "poised", "going", "planning", "plans",
      "plan", "intends", "intend", "aims", "aim", "hopes", "hope", "planned");

  /** The tense governing the tokens in [start, end), character offsets. */
  static Tense governing(List<Token> tokens, int start, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.end() > start && t.start() < end) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return UNKNOWN;
    }
    for (int i = first - 1; i >= 0 && i >= first - REACH; i--) {
      Token t = tokens.get(i);
      if (CLAUSE_BREAKS.contains(t.word())) {
        break;
      }
      if (t.isVerb()) {
        return ofGroup(tokens, groupStart(tokens, i), i);
      }
    }
    for (int i = last + 1; i < tokens.size() && i <= last + REACH; i++) {
      Token t = tokens.get(i);
      if (CLAUSE_BREAKS.contains(t.word())) {
        break;
      }
      if (t.isVerb()) {
        return ofGroup(tokens, i, groupEnd(tokens, i));
      }
    }
    return UNKNOWN;
  }

  private static boolean inGroup(Token t) {
    return t.isVerb() || t.pos().equals("TO") || t.pos().startsWith("RB") || t.pos().equals("RP");
  }

  private static int groupStart(List<Token> tokens, int i) {
    while (i > 0 && inGroup(tokens.get(i - 1))) {
      i--;
    }
    return i;
  }

  private static int groupEnd(List<Token> tokens, int i) {
    while (i + 1 < tokens.size() && inGroup(tokens.get(i + 1))) {
      i++;
    }
    return i;
  }

  /** Classifies the verb group tokens[from..to], inclusive. */
  private static Tense ofGroup(List<Token> tokens, int from, int to) {
    String finite = null;
    boolean sawPlan = false;
    boolean planThenTo = false;
    boolean participle = false;
    for (int i = from; i <= to; i++) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals("MD") && FUTURE_MODALS.contains(w)) {
        return FUTURE;
      }
      if (finite == null && (t.pos().equals("VBD") || t.pos().equals("VBZ")
          || t.pos().equals("VBP") || t.pos().equals("MD"))) {
        finite = t.pos();
      }
      if (PLAN_WORDS.contains(w)) {
        sawPlan = true;
      } else if (sawPlan && t.pos().equals("TO")) {
        planThenTo = true;
      }
      if (t.pos().equals("VBN")) {
        participle = true;
      }
    }
    if (finite == null) {
      // a reduced relative ("talks held on Monday") is past; a bare infinitive says nothing
      return participle && !planThenTo ? PAST : UNKNOWN;
    }
    return switch (finite) {
      case "VBD" -> planThenTo ? UNKNOWN : PAST; // "was expected to arrive on Friday": unknown
      case "VBZ", "VBP" -> planThenTo ? FUTURE : participle ? PAST : UNKNOWN; // "has met"
      default -> UNKNOWN; // "would", "may", "could"
    };
  }
}
