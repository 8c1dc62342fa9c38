package dev.dyad.core.clean;

import dev.dyad.core.model.PartialDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar dates and clock times written in datelines and timestamps:
 * "December 17, 2024 - 17:01", "Thu, 29 Feb 2024 - 09:23 GMT", "Published March 24,2021",
 * "2024-10-24 15:06", "Oct. 24, 2024". Month names come from {@link java.time.Month}.
 */
final class DateLines {
  private static final Map<String, Integer> MONTHS = monthNames();
  private static final String MONTH = "(" + String.join("|", MONTHS.keySet()) + ")\\.?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\s*,?\\s*(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + MONTH + "\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+" + MONTH + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|gmt|utc)?\\b|\\b\\d{1,2}\\s*(?:am|pm)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AGO_OR_READ = Pattern.compile(
      "\\b\\d+\\s+(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|days?)\\s+ago\\b|\\b\\d+\\s+min(?:ute)?s?\\s+read\\b",
      Pattern.CASE_INSENSITIVE);

  private DateLines() {}

  /** The first full date (day, month and year) written in the text, if any. */
  static Optional<PartialDate> firstFullDate(String text) {
    Optional<PartialDate> best = Optional.empty();
    int bestAt = Integer.MAX_VALUE;
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    if (m.find() && m.start() < bestAt) {
      Optional<PartialDate> d = date(m.group(3), MONTHS.get(key(m.group(1))), m.group(2));
      if (d.isPresent()) {
        best = d;
        bestAt = m.start();
      }
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find() && m.start() < bestAt) {
      Optional<PartialDate> d = date(m.group(3), MONTHS.get(key(m.group(2))), m.group(1));
      if (d.isPresent()) {
        best = d;
        bestAt = m.start();
      }
    }
    m = ISO_DATE.matcher(text);
    if (m.find() && m.start() < bestAt) {
      Optional<PartialDate> d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      if (d.isPresent()) {
        best = d;
      }
    }
    return best;
  }

  /** Whether the text holds a date (with or without a year), a clock time or a "5 mins ago". */
  static boolean mentionsDateOrTime(String text) {
    return firstFullDate(text).isPresent() || MONTH_DAY.matcher(text).find()
        || CLOCK.matcher(text).find() || AGO_OR_READ.matcher(text).find();
  }

  private static Optional<PartialDate> date(String year, Integer month, String day) {
    if (month == null) {
      return Optional.empty();
    }
    return PartialDate.parse(String.format("%s-%02d-%02d", year, month, Integer.parseInt(day)));
  }

  private static String key(String monthName) {
    return monthName.toLowerCase(Locale.ROOT).replace(".", "");
  }

  private static Map<String, Integer> monthNames() {
    Map<String, Integer> names = new HashMap<>();
    for (Month m : Month.values()) {
      names.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
      names.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
    }
    names.put("sept", 9); // the one abbreviation java.time does not produce
    // Longest first, so that the alternation prefers "september" to "sep".
    Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
    names.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(k -> ordered.put(k, names.get(k)));
    return ordered;
  }
}
