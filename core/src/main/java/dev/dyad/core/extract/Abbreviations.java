package dev.dyad.core.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short names an article gives its standing mechanisms: "Foreign Office Consultations
 * (FOCs)", "Bi-National Commission (BNC)", "... Commission on Trade (IRIGC-TEC)". Later sessions
 * are often named by the short form alone ("The last round of FOCs was held in November 2021").
 */
final class Abbreviations {
  private static final Pattern DEFINED = Pattern.compile("\\(([A-Z]{2,}(?:-[A-Z]{2,})?)s?\\)");
  private static final int NAME_WINDOW = 90;

  private Abbreviations() {}

  /** The short forms defined after a mechanism's name, upper-case, without a plural "s". */
  static Set<String> of(List<SentenceContext> sentences, Set<String> mechanismHeads) {
    Set<String> out = new HashSet<>();
    for (SentenceContext s : sentences) {
      String text = s.sentence().text();
      Matcher m = DEFINED.matcher(text);
      while (m.find()) {
        String before = text.substring(Math.max(0, m.start() - NAME_WINDOW), m.start()).toLowerCase(Locale.ROOT);
        if (mechanismHeads.stream().anyMatch(before::contains)) {
          out.add(m.group(1));
        }
      }
    }
    return Set.copyOf(out);
  }

  /** Whether a token is one of the short forms ("FOCs" for "FOC"). */
  static boolean isOne(String word, Set<String> abbreviations) {
    String w = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    return abbreviations.contains(word) || abbreviations.contains(w);
  }
}
