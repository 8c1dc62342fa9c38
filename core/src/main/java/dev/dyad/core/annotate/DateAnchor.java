package dev.dyad.core.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Gives a year (or a date) to a calendar reference that lacks one, from the document date and the
 * tense of the clause: a past event is not after the document date, a future one not before it,
 * and otherwise the nearest candidate wins, a day ahead counting as two behind (news report far
 * more than they announce: "the May 9 celebrations" in November are last May's).
 *
 * <p>Examples, document date 2024-01-10: "December 28" PAST → 2023-12-28; "January 15" FUTURE →
 * 2024-01-15; "January 15" PAST → 2023-01-15; "Tuesday" PAST → 2024-01-09, FUTURE → 2024-01-16.
 */
final class DateAnchor {
  private DateAnchor() {}

  static LocalDate monthDay(LocalDate doc, int month, int day, Tense tense) {
    LocalDate best = null;
    for (int y = doc.getYear() - 1; y <= doc.getYear() + 1; y++) {
      if (!MonthDay.of(month, day).isValidYear(y)) {
        continue;
      }
      LocalDate c = LocalDate.of(y, month, day);
      boolean fits = switch (tense) {
        case PAST -> !c.isAfter(doc);
        case FUTURE -> !c.isBefore(doc);
        case UNKNOWN -> true;
      };
      if (fits && (best == null || weight(doc, c) < weight(doc, best))) {
        best = c;
      }
    }
    // 29 February with no leap year within a year of the document: take the nearest leap year
    return best != null ? best : LocalDate.of(nearestLeapYear(doc.getYear()), month, day);
  }

  /**
   * The year of a month named without one. UNKNOWN keeps {@code fallbackYear}, the year SUTime
   * chose (the document's year), since news mostly report what happened earlier in the year.
   */
  static YearMonth month(LocalDate doc, int month, Tense tense, int fallbackYear) {
    YearMonth now = YearMonth.from(doc);
    YearMonth same = YearMonth.of(doc.getYear(), month);
    return switch (tense) {
      case PAST -> same.isAfter(now) ? same.minusYears(1) : same;
      case FUTURE -> same.isBefore(now) ? same.plusYears(1) : same;
      case UNKNOWN -> YearMonth.of(fallbackYear, month);
    };
  }

  /** The year of a span of months ending in {@code endMonth} named without a year. */
  static int periodYear(LocalDate doc, int endMonth, Tense tense) {
    if (tense == Tense.FUTURE) {
      return doc.getYear();
    }
    // statistics for "January-June" are published after June
    return endMonth > doc.getMonthValue() ? doc.getYear() - 1 : doc.getYear();
  }

  /**
   * PAST: the latest such day on or before the document date; FUTURE: the next one from it, the
   * same day included ("will arrive on Monday" in Monday's paper is today). Without a tense
   * ("Tuesday's presidential session"), the nearer of the two (a week has no day as near both ways).
   */
  static LocalDate weekday(LocalDate doc, DayOfWeek day, Tense tense) {
    LocalDate next = doc.with(TemporalAdjusters.nextOrSame(day));
    LocalDate previous = doc.with(TemporalAdjusters.previousOrSame(day));
    if (tense == Tense.UNKNOWN) {
      return ChronoUnit.DAYS.between(doc, next) < ChronoUnit.DAYS.between(previous, doc) ? next : previous;
    }
    return tense == Tense.FUTURE ? next : previous;
  }

  private static long weight(LocalDate doc, LocalDate c) {
    long days = ChronoUnit.DAYS.between(doc, c);
    return days > 0 ? 2 * days : -days;
  }

  private static int nearestLeapYear(int year) {
    for (int d = 0; ; d++) {
      if (java.time.Year.isLeap(year - d)) {
        return year - d;
      }
      if (java.time.Year.isLeap(year + d)) {
        return year + d;
      }
    }
  }
}
