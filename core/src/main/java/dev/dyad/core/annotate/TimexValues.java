package dev.dyad.core.annotate;

import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.TimeMention.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SUTime's TIMEX3 values as Dyad dates. Examples: "2023-12-08" and "2023-12-10TEV" → day
 * 2023-12-08 / 2023-12-10; "2023-12" → month; "1957" → year; "2019-W28" → the days 2019-07-08 to
 * 2019-07-14; "2024-Q1" → 2024-01 to 2024-03; "2024-H2" → 2024-07 to 2024-12; "199X" → 1990 to
 * 1999; "2023-01/2023-09" → 2023-01 to 2023-09. Anything with X in the year, and references such
 * as "PRESENT_REF", read as nothing.
 */
final class TimexValues {
  private TimexValues() {}

  /** A resolved date or span: {@code to} is empty for a point. */
  record Resolved(PartialDate from, Optional<PartialDate> to, Kind kind) {}

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern UNRESOLVED_MONTH_DAY = Pattern.compile("(?:\\d{4}|XXXX)-(\\d{2})(?:-(\\d{2}))?(?:T.*)?");

  static Optional<Resolved> read(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    int slash = value.indexOf('/');
    if (slash > 0) {
      Optional<Resolved> a = read(value.substring(0, slash));
      Optional<Resolved> b = read(value.substring(slash + 1));
      if (a.isEmpty() || b.isEmpty()) {
        return Optional.empty();
      }
      PartialDate end = b.get().to().orElse(b.get().from());
      if (a.get().from().earliest().isAfter(end.latest())) {
        return Optional.empty();
      }
      return Optional.of(new Resolved(a.get().from(), Optional.of(end), Kind.PERIOD));
    }
    Matcher m = DATE.matcher(value);
    if (m.matches()) {
      String iso = m.group(1) + (m.group(2) == null ? "" : "-" + m.group(2))
          + (m.group(3) == null ? "" : "-" + m.group(3));
      return PartialDate.parse(iso).map(d -> new Resolved(d, Optional.empty(), Kind.POINT));
    }
    if ((m = WEEK.matcher(value)).matches()) {
      int week = Integer.parseInt(m.group(2));
      LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
      return Optional.of(period(PartialDate.of(monday), PartialDate.of(monday.plusDays(6))));
    }
    if ((m = QUARTER.matcher(value)).matches()) {
      int y = Integer.parseInt(m.group(1));
      int q = Integer.parseInt(m.group(2));
      return Optional.of(period(PartialDate.ofMonth(y, 3 * q - 2), PartialDate.ofMonth(y, 3 * q)));
    }
    if ((m = HALF.matcher(value)).matches()) {
      int y = Integer.parseInt(m.group(1));
      int h = Integer.parseInt(m.group(2));
      return Optional.of(period(PartialDate.ofMonth(y, 6 * h - 5), PartialDate.ofMonth(y, 6 * h)));
    }
    if ((m = SEASON.matcher(value)).matches()) {
      return Optional.of(new Resolved(
          PartialDate.ofYear(Integer.parseInt(m.group(1))), Optional.empty(), Kind.POINT));
    }
    if ((m = DECADE.matcher(value)).matches()) {
      int y = Integer.parseInt(m.group(1)) * 10;
      return y < 1 ? Optional.empty()
          : Optional.of(period(PartialDate.ofYear(y), PartialDate.ofYear(y + 9)));
    }
    return Optional.empty();
  }

  /** Month and day (day 0 when absent) of a value such as "XXXX-12-08", "2023-12" or "2023-12-10TEV". */
  static Optional<int[]> monthDay(String value) {
    Matcher m = UNRESOLVED_MONTH_DAY.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(m.group(1));
    int day = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return month >= 1 && month <= 12 ? Optional.of(new int[] {month, day}) : Optional.empty();
  }

  private static Resolved period(PartialDate from, PartialDate to) {
    return new Resolved(from, Optional.of(to), Kind.PERIOD);
  }
}
