package dev.dyad.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts of money with their currency in plain text, value and unit together, since the
 * tagger splits them: "114 million USD", "USD 1.2 billion", "$3.5bn", "US$24.83bil", "€870
 * million", "Rs 5,000 crore", "RMB 500,000", "20 trillion won". An amount written in brackets
 * right after another ("US$20.75bil (RM95.50bil)") is marked as the same figure restated.
 */
final class MoneyAmounts {
  private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";

  /** One amount: span in the text, value in units, ISO currency, and whether it restates the previous one. */
  record Amount(int start, int end, double value, String unit, boolean restated) {}

  private final Map<String, String> prefixes = ExtractResource.table("currency-prefixes.tsv");
  private final Map<String, String> words = ExtractResource.table("currency-words.tsv");
  private final Map<String, String> scales = ExtractResource.table("number-scales.tsv");
  private final Pattern prefixed;
  private final Pattern suffixed;

  MoneyAmounts() {
    String scale = "(?:\\s?-?\\s?(" + ExtractResource.alternation(List.copyOf(scales.keySet())) + ")\\b)?";
    prefixed = Pattern.compile("(?i)(?<![\\p{L}\\d])(" + ExtractResource.alternation(List.copyOf(prefixes.keySet()))
        + ")\\s?" + NUM + scale);
    suffixed = Pattern.compile("(?i)(?<![\\p{L}\\d.,$€£¥])" + NUM + scale + "\\s(?:of\\s)?("
        + ExtractResource.alternation(List.copyOf(words.keySet())) + ")\\b");
  }

  List<Amount> find(String text) {
    List<Amount> raw = new ArrayList<>();
    Matcher p = prefixed.matcher(text);
    while (p.find()) {
      raw.add(new Amount(p.start(), p.end(), value(p.group(2), p.group(3)), lookup(prefixes, p.group(1)), false));
    }
    Matcher s = suffixed.matcher(text);
    while (s.find()) {
      int st = s.start();
      if (raw.stream().noneMatch(a -> a.start() < s.end() && st < a.end())) {
        raw.add(new Amount(s.start(), s.end(), value(s.group(1), s.group(2)), lookup(words, s.group(3)), false));
      }
    }
    raw.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Amount> out = new ArrayList<>();
    for (Amount a : raw) {
      boolean restated = !out.isEmpty() && text.substring(out.get(out.size() - 1).end(), a.start()).matches("\\s*[(\\[]\\s*");
      out.add(new Amount(a.start(), a.end(), a.value(), a.unit(), restated));
    }
    return List.copyOf(out);
  }

  private double value(String number, String scale) {
    double v = Double.parseDouble(number.replace(",", ""));
    if (scale == null) {
      return v;
    }
    for (Map.Entry<String, String> e : scales.entrySet()) {
      if (scale.matches("(?i)" + e.getKey())) {
        return v * Double.parseDouble(e.getValue());
      }
    }
    return v;
  }

  private static String lookup(Map<String, String> table, String written) {
    for (Map.Entry<String, String> e : table.entrySet()) {
      if (written.matches(e.getKey())) {
        return e.getValue();
      }
    }
    for (Map.Entry<String, String> e : table.entrySet()) {
      if (written.matches("(?i)" + e.getKey())) {
        return e.getValue();
      }
    }
    throw new IllegalStateException("currency matched but not in its table: " + written);
  }
}
