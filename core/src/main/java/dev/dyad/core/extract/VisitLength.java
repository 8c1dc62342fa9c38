package dev.dyad.core.extract;

import dev.dyad.core.internal.ResourceLines;
import dev.dyad.core.model.PartialDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how long a visit lasts ("a two-day official visit", "his four-day trip", "a 3-day visit")
 * and gives its last day from its first: a two-day visit that began on 15 December ends on the 16th.
 */
final class VisitLength {
  private static final Pattern DAYS = Pattern.compile("\\b([\\p{Alnum}]+)[- ]days?\\b", Pattern.CASE_INSENSITIVE);
  private static final int MAX_DAYS = 14;
  private static final Map<String, Integer> NUMBERS = numbers();

  private VisitLength() {}

  /** The last day of a visit starting on {@code start} (a day) that the sentence says lasts N days. */
  static Optional<PartialDate> end(String sentence, PartialDate start) {
    if (start.precision() != PartialDate.Precision.DAY) {
      return Optional.empty();
    }
    Matcher m = DAYS.matcher(sentence);
    while (m.find()) {
      String n = m.group(1).toLowerCase(Locale.ROOT);
      Integer days = n.matches("\\d+") ? Integer.valueOf(n) : NUMBERS.get(n);
      if (days != null && days >= 2 && days <= MAX_DAYS) {
        return Optional.of(PartialDate.of(start.earliest().plusDays(days - 1)));
      }
    }
    return Optional.empty();
  }

  private static Map<String, Integer> numbers() {
    Map<String, Integer> out = new HashMap<>();
    for (String row : ResourceLines.lines("/extract/number-words.tsv")) {
      String[] cols = row.split("\t");
      out.put(cols[0], Integer.parseInt(cols[1].strip()));
    }
    return Map.copyOf(out);
  }
}
