package dev.dyad.core.gazetteer;

import java.util.List;

/**
 * One row of {@code offices.tsv}: the words of a title pattern, where {@link #PORTFOLIO} and
 * {@link #NAME} stand for the slots {@code {portfolio}} and {@code {name}}, and the office it gives.
 *
 * @param portfolio the portfolio the title itself names ("FM" → "foreign affairs"), or ""
 * @param capital the title must begin with a capital ("General" is also an ordinary word)
 * @param exactCase the title matches only as written ("PM", "EAM")
 */
record OfficePattern(
    String pattern,
    List<String> words,
    String title,
    OfficeKind kind,
    int level,
    String portfolio,
    boolean capital,
    boolean exactCase,
    boolean ambiguous) {

  static final String PORTFOLIO = "{portfolio}";
  static final String NAME = "{name}";

  OfficePattern {
    words = List.copyOf(words);
  }

  int slots() {
    return (int) words.stream().filter(w -> w.equals(PORTFOLIO) || w.equals(NAME)).count();
  }
}
