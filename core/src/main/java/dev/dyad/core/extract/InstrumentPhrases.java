package dev.dyad.core.extract;

import dev.dyad.core.internal.ResourceLines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in one sentence's text, the instruments reported as made: an instrument noun
 * ("agreement", "MoU", "action plan") with its modifiers and complement ("a visa waiver agreement
 * for diplomatic passport holders"), near a verb that makes it ("signed", "exchanged", "took
 * effect"). Plural nouns count only when the complement lists their fields ("two MoUs in the
 * fields of health, as well as fisheries" → two phrases); a bare "the agreement" names nothing.
 */
final class InstrumentPhrases {
  private static final int TRIGGER_BEFORE_WORDS = 10;
  private static final int TRIGGER_AFTER_WORDS = 4;
  private static final int MAX_LEFT_WORDS = 6;
  private static final int MAX_RIGHT_WORDS = 14;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}$€](?:[\\p{L}\\p{N}'’.+$€-]*[\\p{L}\\p{N}])?");
  private static final Pattern BRACKET = Pattern.compile("^\\s*[\\[(][^\\])]{1,60}[\\])]");
  private static final Pattern OPENER = Pattern.compile(
      "^ (in the (?:fields?|areas?|spheres?) of|on|for|between|concerning|regarding|with|to (?!be\\b)\\p{Ll}+|of (?=[A-Z]))\\b");
  private static final Pattern LIST_OPENER = Pattern.compile("^(in the (?:fields?|areas?|spheres?) of|on)$");
  // "…, as well as …", "…; …", and "on tourism and on fisheries" (the preposition repeated)
  private static final Pattern ITEM_SPLIT = Pattern.compile(",? as well as |; |,? and (?:on|in|for) ");
  private static final Pattern TRAILING = Pattern.compile(
      "(?:[\\s,]+(?:the|a|an|of|on|in|for|with|to|and|between|from|at|by))+$", Pattern.CASE_INSENSITIVE);

  /** One instrument phrase: title, kind, span of the phrase and of its trigger, and whether the trigger is a plan. */
  record Phrase(String title, String kind, int start, int end, int triggerStart, int triggerEnd, boolean future) {}

  private final List<Map.Entry<Pattern, String>> nouns;
  private final Pattern triggers;
  private final Pattern future;
  private final Set<String> leftStops;
  private final Set<String> rightStops;

  InstrumentPhrases() {
    this.nouns = ExtractResource.table("instruments.tsv").entrySet().stream()
        .map(e -> Map.entry(Pattern.compile("\\b" + e.getKey() + "\\b",
            e.getKey().startsWith("MoU") || e.getKey().startsWith("FTA") ? 0 : Pattern.CASE_INSENSITIVE), e.getValue()))
        .toList();
    this.triggers = ExtractResource.words("agreement-triggers.txt");
    this.future = Pattern.compile("\\b" + ExtractResource.alternation(ResourceLines.lines("/extract/agreement-future-markers.txt"))
        + "\\b", Pattern.CASE_INSENSITIVE);
    this.leftStops = Set.copyOf(ResourceLines.lines("/extract/agreement-left-stops.txt"));
    this.rightStops = Set.copyOf(ResourceLines.lines("/extract/agreement-right-stops.txt"));
  }

  /**
   * The phrases of one sentence. A complement stops where a date begins and at {@code verbStarts},
   * the offsets of finite verbs when the sentence is tagged (empty otherwise).
   */
  List<Phrase> find(String text, List<DateSpan> dates, Set<Integer> verbStarts) {
    List<Noun> found = new ArrayList<>();
    for (Map.Entry<Pattern, String> noun : nouns) {
      Matcher m = noun.getKey().matcher(text);
      while (m.find()) {
        found.add(new Noun(m.start(), m.end(), m.group(), noun.getValue()));
      }
    }
    // in text order, longest first, so that a complement swallows the nouns inside it
    found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    List<Phrase> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    for (Noun n : found) {
      if (taken.stream().noneMatch(t -> t[0] <= n.start() && n.start() < t[1] || t[0] < n.end() && n.end() <= t[1])) {
        out.addAll(phrases(text, dates, verbStarts, n, taken));
      }
    }
    return out;
  }

  private record Noun(int start, int end, String written, String kind) {}

  private List<Phrase> phrases(
      String text, List<DateSpan> dates, Set<Integer> verbStarts, Noun noun, List<int[]> taken) {
    String kind = noun.kind();
    int start = leftEdge(text, noun.start());
    int end = noun.end();
    Matcher b = BRACKET.matcher(text.substring(end));
    int complementFrom = b.find() ? end + b.end() : end;
    taken.add(new int[] {end, complementFrom});
    String opener = "";
    String complement = "";
    Matcher o = OPENER.matcher(text.substring(complementFrom));
    if (o.find()) {
      opener = o.group(1);
      int cEnd = complementEnd(text, complementFrom + o.end(), dates, verbStarts, LIST_OPENER.matcher(opener).matches());
      String c = TRAILING.matcher(text.substring(complementFrom + o.end(), cEnd)).replaceAll("").strip();
      if (!c.isEmpty()) {
        complement = c;
        end = complementFrom + o.end() + text.substring(complementFrom + o.end(), cEnd).indexOf(c) + c.length();
      }
    }
    taken.add(new int[] {start, end});
    String written = noun.written();
    boolean plural = isPlural(written, kind);
    if (start == noun.start() && complement.isEmpty() && !kind.equals("free_trade_agreement")) {
      return List.of(); // "the agreement", "the MoU": a reference, not a name
    }
    int[] trigger = trigger(text, start, end);
    if (trigger == null && !kind.equals("free_trade_agreement")) {
      return List.of();
    }
    int ts = trigger == null ? -1 : trigger[0];
    int te = trigger == null ? -1 : trigger[1];
    boolean plan = trigger != null && future.matcher(window(text, ts, 4)).find();
    if (!plural) {
      return List.of(new Phrase(text.substring(start, noun.start()) + written
          + (opener.isEmpty() ? "" : " " + opener + " " + complement), kind, start, end, ts, te, plan));
    }
    if (!LIST_OPENER.matcher(opener).matches() || complement.isEmpty()) {
      return List.of();
    }
    List<Phrase> out = new ArrayList<>();
    for (String item : ITEM_SPLIT.split(complement)) {
      String it = item.strip().replaceFirst("^(?:the )?", "").replaceFirst("^(?:on|in|for) ", "");
      if (!it.isEmpty()) {
        out.add(new Phrase(singular(kind) + " on " + it, kind, start, end, ts, te, plan));
      }
    }
    return out;
  }

  private int leftEdge(String text, int nounStart) {
    int start = nounStart;
    for (int n = 0; n < MAX_LEFT_WORDS; n++) {
      Matcher w = WORD.matcher(text);
      w.region(0, start);
      int ps = -1;
      int pe = -1;
      while (w.find()) {
        ps = w.start();
        pe = w.end();
      }
      if (ps < 0 || !text.substring(pe, start).equals(" ")) {
        break;
      }
      String word = text.substring(ps, pe);
      if (leftStops.contains(word.toLowerCase(Locale.ROOT)) || triggers.matcher(word).matches()
          || word.matches(".*[$€\\d].*") && !word.matches("\\p{Lu}+-?\\d+") || word.matches(".*['’]s")) {
        break;
      }
      start = ps;
    }
    return start;
  }

  private int complementEnd(String text, int from, List<DateSpan> dates, Set<Integer> verbStarts, boolean commas) {
    Matcher w = WORD.matcher(text);
    w.region(from, text.length());
    int end = from;
    int words = 0;
    while (w.find() && words < MAX_RIGHT_WORDS) {
      String gap = text.substring(end, w.start());
      int ws = w.start();
      if (gap.matches(".*[.;:!?\"“”()\\[\\]].*") || gap.contains(",") && !commas && !Character.isUpperCase(text.charAt(ws))
          || rightStops.contains(w.group().toLowerCase(Locale.ROOT)) || dates.stream().anyMatch(d -> d.start() == ws)
          || verbStarts.contains(ws)
          || w.group().equals("as") && !commas) {
        break;
      }
      end = w.end();
      words++;
    }
    return end;
  }

  /** The trigger nearest to the phrase: up to ten words before it, or up to four after. */
  private int[] trigger(String text, int start, int end) {
    int[] best = null;
    Matcher t = triggers.matcher(text);
    while (t.find()) {
      if (t.end() <= start && wordCount(text, t.end(), start) <= TRIGGER_BEFORE_WORDS
          || t.start() >= end && wordCount(text, end, t.start()) <= TRIGGER_AFTER_WORDS) {
        if (best == null || distance(t, start, end) < distance(best, start, end)) {
          best = new int[] {t.start(), t.end()};
        }
      }
    }
    return best;
  }

  private static int distance(Object t, int start, int end) {
    int[] s = t instanceof Matcher m ? new int[] {m.start(), m.end()} : (int[]) t;
    return s[1] <= start ? start - s[1] : s[0] - end;
  }

  private static int wordCount(String text, int from, int to) {
    Matcher w = WORD.matcher(text);
    w.region(from, to);
    int n = 0;
    while (w.find()) {
      n++;
    }
    return n;
  }

  /** Up to {@code words} words before {@code pos}, and the trigger's own text. */
  private static String window(String text, int pos, int words) {
    int from = pos;
    for (int n = 0; n <= words && from > 0; ) {
      from--;
      if (Character.isWhitespace(text.charAt(from))) {
        n++;
      }
    }
    return text.substring(from, pos);
  }

  private static boolean isPlural(String written, String kind) {
    String w = written.toLowerCase(Locale.ROOT);
    return w.endsWith("s") && !w.endsWith("ss") && !kind.equals("action_plan") && !w.endsWith("of understanding")
        || w.startsWith("memorandums") || w.startsWith("memoranda") || w.contains("treaties");
  }

  private static String singular(String kind) {
    return kind.equals("memorandum") ? "MoU" : kind.replace('_', ' ');
  }
}
