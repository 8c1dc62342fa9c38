package dev.dyad.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known only as precisely as the text allows: a year ("2023"), a month
 * ("2023-12") or a day ("2023-12-06"). Rendered and parsed as ISO 8601.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** This date at month precision at most ("2023-12-06" → "2023-12"). */
  public PartialDate withMonthPrecision() {
    return month == 0 ? this : ofMonth(year, month);
  }

  /** How precise a date is. */
  public enum Precision { YEAR, MONTH, DAY }

  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (month < 0 || month > 12 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("bad month/day: " + month + "/" + day);
    }
    if (day != 0) {
      LocalDate.of(year, month, day); // throws DateTimeException on 2023-02-30
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0);
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Parses "2023", "2023-12" or "2023-12-06"; empty for anything else, including impossible days. */
  public static Optional<PartialDate> parse(String iso) {
    if (iso == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(iso.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(m.group(1));
      int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      return Optional.of(new PartialDate(y, mo, d));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day this date may stand for. */
  public LocalDate earliest() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** The last day this date may stand for. */
  public LocalDate latest() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    return month != 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = earliest().compareTo(o.earliest());
    return c != 0 ? c : precision().compareTo(o.precision());
  }

  @Override
  public String toString() {
    return switch (precision()) {
      case YEAR -> String.format("%04d", year);
      case MONTH -> String.format("%04d-%02d", year, month);
      case DAY -> String.format("%04d-%02d-%02d", year, month, day);
    };
  }
}
