package dev.dyad.core.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date forms of diplomatic news that SUTime splits or misreads, by pattern on the
 * sentence text: day ranges ("3-5 March 2020", "May 11-12", "from 22 to 23 November 2019",
 * "28 and 29 November 2024", "30 November - 2 December 2023") and spans of months
 * ("January-June", "between January and October 2024", "the first nine months of this year",
 * "the second half of the year", "the first quarter of 2024"). Each match says what the text
 * fixes; {@link TimeNormalizer} supplies the year the text leaves out.
 */
final class DateRules {
  private DateRules() {}

  /** Where a year comes from when the text names none. */
  enum YearSource { EXPLICIT, RELATIVE, NONE }

  /**
   * A match at [start, end) of the sentence text. Days are 0 for spans of months. {@code year}
   * is the last year named (EXPLICIT), or the offset from the document's year (RELATIVE: "this
   * year" 0, "last year" -1). {@code startYear} is a year named after the first month, or 0.
   */
  record Match(int start, int end, boolean days, int month1, int day1, int month2, int day2,
      YearSource yearSource, int year, int startYear) {}

  private static final Map<String, Integer> MONTHS = months();
  private static final String M = "(January|February|March|April|May|June|July|August|September"
      + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String D = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String TO = "\\s*(?:[-\u2013\u2014]|to|through|till|until|and)\\s*";
  private static final String TO_STRICT = "\\s*(?:[-\u2013\u2014]|to|through|till|until)\\s*";
  private static final String Y = "(?:,?\\s+(\\d{4}))?";
  private static final String NUM = "(one|two|three|four|five|six|seven|eight|nine|ten|eleven"
      + "|twelve|\\d{1,2})";
  private static final String OF_YEAR = "(?:\\s+of\\s+(?:(this|the current|the|last|the previous"
      + "|the past|next|the coming)\\s+year|(\\d{4})))?";

  // "March 3-5", "May 11-12, 2024"
  private static final Pattern MONTH_DAY_DAY = Pattern.compile("\\b" + M + "\\s+" + D + TO + D + Y + "\\b");
  // "3-5 March 2020", "from 22 to 23 November 2019", "28 and 29 November 2024"
  private static final Pattern DAY_DAY_MONTH =
      Pattern.compile("\\b" + D + TO + D + "\\s+(?:of\\s+)?" + M + Y + "\\b");
  // "30 November - 2 December 2023"
  private static final Pattern DAY_MONTH_DAY_MONTH =
      Pattern.compile("\\b" + D + "\\s+" + M + TO_STRICT + D + "\\s+" + M + Y + "\\b");
  // "November 30 - December 2, 2023"
  private static final Pattern MONTH_DAY_MONTH_DAY =
      Pattern.compile("\\b" + M + "\\s+" + D + TO_STRICT + M + "\\s+" + D + Y + "\\b");
  // "January-June", "from January 2023 to March 2024", "between January and October 2024"
  private static final Pattern MONTH_MONTH = Pattern.compile(
      "\\b(?:(between)\\s+|from\\s+)?" + M + "(?:\\s+(\\d{4}))?" + TO + M + Y + "\\b");
  // "the first nine months of this year"
  private static final Pattern FIRST_MONTHS = Pattern.compile(
      "\\b(?:the\\s+)?first\\s+" + NUM + "\\s+months" + OF_YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  // "the second half of the year", "the first quarter of 2024"
  private static final Pattern HALF_QUARTER = Pattern.compile(
      "\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(half|quarter)" + OF_YEAR
          + "\\b", Pattern.CASE_INSENSITIVE);

  /** All matches in text order, without overlaps; day ranges win over spans of months. */
  static List<Match> find(String text) {
    List<Match> out = new ArrayList<>();
    Matcher m = DAY_MONTH_DAY_MONTH.matcher(text);
    while (m.find()) {
      add(out, days(m, month(m.group(2)), num(m.group(1)), month(m.group(4)), num(m.group(3)), m.group(5)));
    }
    m = MONTH_DAY_MONTH_DAY.matcher(text);
    while (m.find()) {
      add(out, days(m, month(m.group(1)), num(m.group(2)), month(m.group(3)), num(m.group(4)), m.group(5)));
    }
    m = MONTH_DAY_DAY.matcher(text);
    while (m.find()) {
      int mo = month(m.group(1));
      if (sameMonthRange(m, num(m.group(2)), num(m.group(3)))) {
        add(out, days(m, mo, num(m.group(2)), mo, num(m.group(3)), m.group(4)));
      }
    }
    m = DAY_DAY_MONTH.matcher(text);
    while (m.find()) {
      int mo = month(m.group(3));
      if (sameMonthRange(m, num(m.group(1)), num(m.group(2)))) {
        add(out, days(m, mo, num(m.group(1)), mo, num(m.group(2)), m.group(4)));
      }
    }
    m = MONTH_MONTH.matcher(text);
    while (m.find()) {
      boolean between = m.group(1) != null;
      String sep = text.substring(m.end(3) >= 0 ? m.end(3) : m.end(2), m.start(4))
          .replaceFirst("^\\.", "").strip();
      if (between != sep.equals("and")) {
        continue; // "January and March" lists two months; "between January to" is not English
      }
      int y1 = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      int start = between ? m.start() : m.start(2);
      add(out, new Match(start, m.end(), false, month(m.group(2)), 0, month(m.group(4)), 0,
          m.group(5) != null ? YearSource.EXPLICIT : YearSource.NONE,
          m.group(5) != null ? Integer.parseInt(m.group(5)) : 0, y1));
    }
    m = FIRST_MONTHS.matcher(text);
    while (m.find()) {
      int n = number(m.group(1));
      if (n >= 1 && n <= 12) {
        add(out, months(m, 1, n, m.group(2), m.group(3)));
      }
    }
    m = HALF_QUARTER.matcher(text);
    while (m.find()) {
      int k = number(m.group(1));
      boolean half = m.group(2).equalsIgnoreCase("half");
      if (half && k > 2) {
        continue;
      }
      int len = half ? 6 : 3;
      add(out, months(m, len * (k - 1) + 1, len * k, m.group(3), m.group(4)));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return List.copyOf(out);
  }

  private static boolean sameMonthRange(Matcher m, int d1, int d2) {
    String between = m.group().toLowerCase(Locale.ROOT);
    // "on 3 and 5 March" names two days, not a range
    boolean and = between.matches(".*\\d\\s*and\\s*\\d.*");
    return d1 >= 1 && d2 <= 31 && d1 < d2 && (!and || d2 == d1 + 1);
  }

  private static Match days(Matcher m, int m1, int d1, int m2, int d2, String year) {
    return new Match(m.start(), m.end(), true, m1, d1, m2, d2,
        year != null ? YearSource.EXPLICIT : YearSource.NONE,
        year != null ? Integer.parseInt(year) : 0, 0);
  }

  private static Match months(Matcher m, int from, int to, String relative, String year) {
    if (year != null) {
      return new Match(m.start(), m.end(), false, from, 0, to, 0, YearSource.EXPLICIT,
          Integer.parseInt(year), 0);
    }
    String r = relative == null ? "this" : relative.toLowerCase(Locale.ROOT);
    int offset = switch (r) {
      case "last", "the previous", "the past" -> -1;
      case "next", "the coming" -> 1;
      default -> 0;
    };
    return new Match(m.start(), m.end(), false, from, 0, to, 0, YearSource.RELATIVE, offset, 0);
  }

  private static void add(List<Match> out, Match m) {
    for (Match o : out) {
      if (m.start() < o.end() && o.start() < m.end()) {
        return;
      }
    }
    out.add(m);
  }

  static int month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  private static int number(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "one", "first", "1st" -> 1;
      case "two", "second", "2nd" -> 2;
      case "three", "third", "3rd" -> 3;
      case "four", "fourth", "4th" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven" -> 7;
      case "eight" -> 8;
      case "nine" -> 9;
      case "ten" -> 10;
      case "eleven" -> 11;
      case "twelve" -> 12;
      default -> Integer.parseInt(s);
    };
  }

  private static Map<String, Integer> months() {
    String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], i + 1);
    }
    return Map.copyOf(m);
  }
}
