package dev.dyad.core.extract;

import dev.dyad.core.internal.ResourceLines;

import dev.dyad.core.gazetteer.MatchType;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the words that report events in a sentence, by the lemma sequences and conditions of
 * {@code event-triggers.tsv}: "received" with a person after it is a reception, "talks" a meeting,
 * "the 16th session of the ... Intergovernmental Committee" a consultation.
 */
final class TriggerFinder {
  // "visited his country", "will visit the region": a destination named by a common noun
  private static final Set<String> DESTINATION_NOUNS = Set.copyOf(ExtractResource.lines("destination-nouns.txt"));
  private static final int WINDOW = 6;
  private final List<TriggerRule> rules = TriggerRule.load();
  private final Set<String> mechanismMarkers = Set.copyOf(ResourceLines.lines("/extract/mechanism-markers.txt"));
  private final Set<String> aidContext = Set.copyOf(ResourceLines.lines("/extract/aid-context.txt"));
  private final Set<String> signingWitness = Set.copyOf(ResourceLines.lines("/extract/signing-witness.txt"));
  private final Set<String> documentWords = Set.copyOf(ResourceLines.lines("/extract/document-words.txt"));

  List<Trigger> find(SentenceContext ctx, List<PersonMention> people) {
    return find(ctx, people, Set.of());
  }

  /** The head words of standing mechanisms' names ("commission", "dialogue"), from the rule table. */
  Set<String> mechanismHeads() {
    Set<String> out = new java.util.HashSet<>();
    rules.stream().filter(r -> r.type() == EventType.CONSULTATION)
        .forEach(r -> out.add(r.lemmas().get(r.lemmas().size() - 1)));
    return Set.copyOf(out);
  }

  /** As {@link #find(SentenceContext, List)}, with the article's short names of mechanisms as triggers too. */
  List<Trigger> find(SentenceContext ctx, List<PersonMention> people, Set<String> abbreviations) {
    List<Token> t = ctx.tokens();
    List<Trigger> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (!abbreviations.isEmpty() && Abbreviations.isOne(t.get(i).word(), abbreviations)
          && !(i > 0 && t.get(i - 1).word().equals("(")) && !(i > 0 && t.get(i - 1).word().equals("-LRB-"))) {
        out.add(new Trigger(EventType.CONSULTATION, Optional.of("session"), i, i, false));
        i++;
        continue;
      }
      TriggerRule best = null;
      String lemma = t.get(i).lemma().toLowerCase(Locale.ROOT);
      String word = t.get(i).word().toLowerCase(Locale.ROOT);
      for (TriggerRule r : rules) {
        String first = r.lemmas().get(0);
        // cheap test of the first word before the full match (the same test matchesAt makes)
        boolean starts = first.equals(lemma) || first.equals(word) || word.equals(first + "s");
        if (starts && matchesAt(ctx, people, r, i) && (best == null || r.lemmas().size() > best.lemmas().size())) {
          best = r;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int last = i + best.lemmas().size() - 1;
      out.add(new Trigger(best.type(), best.subtype(), i, last, best.conditions().contains("person-after")));
      i = last + 1;
    }
    return out;
  }

  private boolean matchesAt(SentenceContext ctx, List<PersonMention> people, TriggerRule r, int i) {
    List<Token> t = ctx.tokens();
    if (i + r.lemmas().size() > t.size()) {
      return false;
    }
    for (int k = 0; k < r.lemmas().size(); k++) {
      Token tok = t.get(i + k);
      String want = r.lemmas().get(k);
      String word = tok.word().toLowerCase(Locale.ROOT);
      // CoreNLP leaves capitalised plurals unlemmatised ("Consultations", "Talks").
      boolean plural = word.endsWith("s") && word.substring(0, word.length() - 1).equals(want);
      if (!tok.lemma().toLowerCase(Locale.ROOT).equals(want) && !word.equals(want) && !plural) {
        return false;
      }
    }
    int last = i + r.lemmas().size() - 1;
    Token head = t.get(last);
    // the word a noun/verb condition reads: the last one that is not a preposition ("exchange of")
    int content = last;
    while (content > i && Set.of("IN", "TO").contains(t.get(content).pos())) {
      content--;
    }
    Token word = t.get(content);
    for (String c : r.conditions()) {
      boolean ok = switch (c) {
        case "noun" -> word.pos().startsWith("NN");
        case "verb" -> word.pos().startsWith("VB");
        case "plural" -> head.pos().equals("NNS") || head.pos().equals("NNPS") || head.word().endsWith("s");
        case "person-after" -> people.stream().anyMatch(p -> p.start() >= head.end()
            && ctx.tokenAt(p.start()) - last <= WINDOW);
        case "person-before" -> people.stream().anyMatch(p -> p.end() <= t.get(i).start());
        case "place-after" -> placeAfter(ctx, last);
        case "destination-after" -> placeAfter(ctx, last) || wordNear(t, last, 1, 3, DESTINATION_NOUNS)
            || people.stream().anyMatch(p -> p.start() >= head.end() && ctx.tokenAt(p.start()) - last <= WINDOW);
        case "mechanism" -> isMechanism(ctx, i);
        case "signing-witnessed" -> wordNear(t, i, -4, 0, signingWitness) || wordNear(t, last, 1, 2, signingWitness);
        case "document-after" -> wordNear(t, last, 1, 4, documentWords);
        case "aid-context" -> wordNear(t, i, -4, 4, aidContext);
        default -> throw new IllegalStateException("unknown condition " + c);
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean placeAfter(SentenceContext ctx, int last) {
    List<Token> t = ctx.tokens();
    for (int k = last + 1; k < Math.min(t.size(), last + 5); k++) {
      if (ctx.matchAt(t.get(k).start(), MatchType.COUNTRY, MatchType.CITY).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised body name with a country pair, a bilateral word or an ordinal before its head. */
  private boolean isMechanism(SentenceContext ctx, int head) {
    List<Token> t = ctx.tokens();
    int countries = 0;
    for (int k = head - 1; k >= Math.max(0, head - 8); k--) {
      Token tok = t.get(k);
      String w = tok.word().toLowerCase(Locale.ROOT);
      if (mechanismMarkers.contains(w) || tok.ner().equals("ORDINAL") || Ordinals.parse(tok.word()).isPresent()) {
        return true;
      }
      if (ctx.matchAt(tok.start(), MatchType.COUNTRY, MatchType.DEMONYM).isPresent()) {
        countries++;
      }
      if (w.equals(",") || w.equals(".") || tok.pos().startsWith("VB")) {
        break;
      }
    }
    return countries >= 2;
  }

  private static boolean wordNear(List<Token> t, int at, int from, int to, Set<String> words) {
    for (int k = Math.max(0, at + from); k <= Math.min(t.size() - 1, at + to); k++) {
      if (k != at && (words.contains(t.get(k).word().toLowerCase(Locale.ROOT))
          || words.contains(t.get(k).lemma().toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }
}
