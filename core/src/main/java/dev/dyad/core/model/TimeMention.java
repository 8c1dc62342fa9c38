package dev.dyad.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression in a sentence and the calendar dates it stands for, resolved against the
 * article's publication date: its character span in {@link Article#text()}, the text of that
 * span, the first date {@code from}, the last date {@code to} for ranges and periods, the kind,
 * and {@code value}, a TIMEX3-style rendering ("2023-12-08", "2020-03-03/2020-03-05",
 * "XXXX-12-08" when the year is unknown).
 *
 * <p>Examples, published 2023-12-11:
 * <ul>
 *   <li>"December 8" in a past-tense clause: POINT, from 2023-12-08.
 *   <li>"3-5 March 2020": RANGE, from 2020-03-03 to 2020-03-05.
 *   <li>"the first nine months of this year": PERIOD, from 2023-01 to 2023-09.
 *   <li>"last year": PERIOD, from 2022, no {@code to}.
 *   <li>"December 8" with no publication date: RELATIVE_UNRESOLVED, no dates, value "XXXX-12-08".
 * </ul>
 */
public record TimeMention(
    int start,
    int end,
    String text,
    Optional<PartialDate> from,
    Optional<PartialDate> to,
    Kind kind,
    String value) {

  /** What sort of time a mention denotes. */
  public enum Kind {
    /** One day, month or year ("on Wednesday", "in December 2023", "in 1957"). */
    POINT,
    /** Consecutive days of one event ("3-5 March 2020", "28 and 29 November 2024"). */
    RANGE,
    /** A span of time that statistics or a state refer to ("January-June", "last year", "last week"). */
    PERIOD,
    /** A time whose calendar date the text and the publication date do not fix ("December 8", no date). */
    RELATIVE_UNRESOLVED
  }

  public TimeMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("bad time span [" + start + "," + end + ") for " + text);
    }
    if (from.isEmpty() != (kind == Kind.RELATIVE_UNRESOLVED)) {
      throw new IllegalArgumentException(kind + " mention '" + text + "' must "
          + (kind == Kind.RELATIVE_UNRESOLVED ? "not " : "") + "have a from date");
    }
    if (to.isPresent() && (kind == Kind.POINT || from.get().earliest().isAfter(to.get().latest()))) {
      throw new IllegalArgumentException("bad end " + to.get() + " for " + kind + " '" + text + "'");
    }
  }

  /** True when the mention has calendar dates. */
  public boolean isResolved() {
    return from.isPresent();
  }
}
