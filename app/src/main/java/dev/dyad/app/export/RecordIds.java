package dev.dyad.app.export;

/**
 * The ids the exports give records: a letter for the kind and the record's 1-based position in
 * its list of {@link dev.dyad.core.resolve.ResolvedKnowledge}, so {@code e1} is the first event
 * in the JSON export and in the CSV files alike.
 *
 * <p>The JSON export writes ids for events, mechanisms and agreements only; the CSV files also
 * need them for people ({@code p1}), statistics ({@code s1}) and claims ({@code c1}), to tie
 * evidence rows to their record. Those are positions in the JSON lists too.
 */
public final class RecordIds {
  private RecordIds() {}

  public static String event(int index) {
    return "e" + (index + 1);
  }

  public static String person(int index) {
    return "p" + (index + 1);
  }

  public static String mechanism(int index) {
    return "m" + (index + 1);
  }

  public static String agreement(int index) {
    return "a" + (index + 1);
  }

  public static String statistic(int index) {
    return "s" + (index + 1);
  }

  public static String claim(int index) {
    return "c" + (index + 1);
  }
}
