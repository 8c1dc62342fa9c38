package dev.dyad.core.extract;

import dev.dyad.core.internal.ResourceLines;

import dev.dyad.core.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells who only speaks about an event: a person followed by a verb of speech ("the ambassador
 * said", "Trọng noted") and not named beside the event's trigger is its commentator, not a
 * participant.
 */
final class Speakers {
  private static final int VERB_WINDOW = 3;
  private static final int NEAR_TRIGGER = 4;
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");
  private final Set<String> verbs = Set.copyOf(ResourceLines.lines("/extract/speech-verbs.txt"));

  boolean isSpeakerOnly(SentenceContext ctx, PersonMention m, Trigger trigger) {
    List<Token> t = ctx.tokens();
    int last = ctx.tokenBefore(m.end());
    int first = ctx.tokenAt(m.start());
    if (Math.abs(trigger.first() - last) <= NEAR_TRIGGER || Math.abs(first - trigger.last()) <= NEAR_TRIGGER) {
      return false;
    }
    // "Informing the President of his talks with X, Khrenin confirmed": "his" is the speaker.
    if (trigger.first() > 0 && POSSESSIVES.contains(t.get(trigger.first() - 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean after = first > trigger.last();
    if (!verbBetween(t, Math.min(last, trigger.last()) + 1, Math.max(first, trigger.first()))
        && !(after && commaBetween(t, trigger.last() + 1, first))) {
      return false; // named inside the event's own phrase ("paid a courtesy call on Minister X, who ...")
    }
    for (int k = last + 1; k < Math.min(t.size(), last + 1 + VERB_WINDOW); k++) {
      Token tok = t.get(k);
      if (tok.pos().startsWith("VB") && verbs.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (tok.pos().startsWith("VB") && !tok.lemma().equals("have") && !tok.lemma().equals("be")) {
        return false;
      }
    }
    return false;
  }

  /** "Appreciating the outcomes of the talks ..., President X urged": a clause ends before the speaker. */
  private static boolean commaBetween(List<Token> t, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(t.size(), to); k++) {
      if (t.get(k).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static boolean verbBetween(List<Token> t, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(t.size(), to); k++) {
      if (t.get(k).pos().startsWith("VB")) {
        return true;
      }
    }
    return false;
  }
}
