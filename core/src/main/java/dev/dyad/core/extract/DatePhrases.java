package dev.dyad.core.extract;

import dev.dyad.core.model.PartialDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates and statistical periods that CoreNLP's SUTime gets wrong or leaves out, on plain
 * sentence text: explicit calendar dates ("January 30, 2025", "3 May 1971", "May 1992", "in 1994")
 * and reporting periods ("the first nine months of this year", "between January and October
 * 2024", "last year"), the relative ones resolved against the publication date.
 */
final class DatePhrases {
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final String YEAR = "((?:1[6-9]|20)\\d\\d)";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? " + YEAR + "\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + ",? " + YEAR + "\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? (?:of )?" + YEAR + "\\b");
  /** A bare year, not part of a year range such as "2024-2026" or a longer number. */
  private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d,.\\-–/])" + YEAR + "(?![\\d\\-–/]|,\\d)");

  private static final String RELATIVE_YEAR = "(this|the current|the present|last|the previous|the past|" + YEAR + ")";
  private static final Pattern FIRST_MONTHS = Pattern.compile(
      "(?i)\\b(?:the )?first (\\w+) months of " + RELATIVE_YEAR.replace(YEAR, "(\\d{4})") + "(?: year)?");
  private static final Pattern HALF = Pattern.compile(
      "(?i)\\b(?:the )?(first|second) half of " + RELATIVE_YEAR.replace(YEAR, "(\\d{4})") + "(?: year)?");
  private static final Pattern QUARTER = Pattern.compile(
      "(?i)\\b(?:the )?(first|second|third|fourth) quarter of " + RELATIVE_YEAR.replace(YEAR, "(\\d{4})") + "(?: year)?");
  private static final Pattern MONTH_RANGE = Pattern.compile(
      "(?i)\\b(?:between |from )?" + MONTH + "(?: and | to | through |\\s?[-–]\\s?)" + MONTH + ",? " + YEAR + "\\b");
  private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\b(last year|the previous year|the past year)\\b");

  private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve");

  private DatePhrases() {}

  /** Explicit calendar dates, most precise first where they overlap. */
  static List<DateSpan> dates(String text) {
    List<DateSpan> out = new ArrayList<>();
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      day(Integer.parseInt(m.group(3)), m.group(1), Integer.parseInt(m.group(2)))
          .ifPresent(d -> add(out, m.start(), m.end(), d, null));
    }
    Matcher dm = DAY_MONTH_YEAR.matcher(text);
    while (dm.find()) {
      day(Integer.parseInt(dm.group(3)), dm.group(2), Integer.parseInt(dm.group(1)))
          .ifPresent(d -> add(out, dm.start(), dm.end(), d, null));
    }
    Matcher my = MONTH_YEAR.matcher(text);
    while (my.find()) {
      add(out, my.start(), my.end(), PartialDate.ofMonth(Integer.parseInt(my.group(2)), month(my.group(1))), null);
    }
    Matcher y = BARE_YEAR.matcher(text);
    while (y.find()) {
      add(out, y.start(), y.end(), PartialDate.ofYear(Integer.parseInt(y.group(1))), null);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return List.copyOf(out);
  }

  /** Reporting periods; relative ones need the publication date and are skipped without it. */
  static List<DateSpan> periods(String text, Optional<PartialDate> published) {
    List<DateSpan> out = new ArrayList<>();
    Matcher m = FIRST_MONTHS.matcher(text);
    while (m.find()) {
      int n = count(m.group(1));
      Optional<Integer> year = year(m.group(2), m.group(3), published);
      if (n >= 1 && n <= 12 && year.isPresent()) {
        add(out, m.start(), m.end(), PartialDate.ofMonth(year.get(), 1), PartialDate.ofMonth(year.get(), n));
      }
    }
    Matcher h = HALF.matcher(text);
    while (h.find()) {
      int first = h.group(1).equalsIgnoreCase("first") ? 1 : 7;
      year(h.group(2), h.group(3), published).ifPresent(yr -> add(out, h.start(), h.end(),
          PartialDate.ofMonth(yr, first), PartialDate.ofMonth(yr, first + 5)));
    }
    Matcher q = QUARTER.matcher(text);
    while (q.find()) {
      int first = 1 + 3 * List.of("first", "second", "third", "fourth").indexOf(q.group(1).toLowerCase(Locale.ROOT));
      year(q.group(2), q.group(3), published).ifPresent(yr -> add(out, q.start(), q.end(),
          PartialDate.ofMonth(yr, first), PartialDate.ofMonth(yr, first + 2)));
    }
    Matcher r = MONTH_RANGE.matcher(text);
    while (r.find()) {
      int yr = Integer.parseInt(r.group(3));
      int a = month(r.group(1));
      int b = month(r.group(2));
      if (a < b) {
        add(out, r.start(), r.end(), PartialDate.ofMonth(yr, a), PartialDate.ofMonth(yr, b));
      }
    }
    Matcher l = LAST_YEAR.matcher(text);
    while (l.find()) {
      if (published.isPresent()) {
        add(out, l.start(), l.end(), PartialDate.ofYear(published.get().year() - 1), null);
      }
    }
    for (DateSpan d : dates(text)) {
      add(out, d.start(), d.end(), d.from(), d.to().orElse(null));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return List.copyOf(out);
  }

  private static void add(List<DateSpan> out, int start, int end, PartialDate from, PartialDate to) {
    if (out.stream().noneMatch(d -> d.overlaps(start, end))) {
      out.add(new DateSpan(start, end, from, Optional.ofNullable(to)));
    }
  }

  private static Optional<Integer> year(String relative, String digits, Optional<PartialDate> published) {
    if (digits != null) {
      return Optional.of(Integer.parseInt(digits));
    }
    String r = relative.toLowerCase(Locale.ROOT);
    boolean previous = r.equals("last") || r.contains("previous") || r.contains("past");
    return published.map(p -> p.year() - (previous ? 1 : 0));
  }

  private static int count(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int i = COUNTS.indexOf(w);
    if (i >= 0) {
      return i;
    }
    return w.matches("\\d{1,2}") ? Integer.parseInt(w) : -1;
  }

  static int month(String name) {
    String p = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().startsWith(p)) {
        return m.getValue();
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static Optional<PartialDate> day(int year, String monthName, int day) {
    try {
      return Optional.of(new PartialDate(year, month(monthName), day));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
