package dev.dyad.core.profile;

import dev.dyad.core.model.PartialDate;
import java.util.Optional;

/**
 * An optional interval of dates, bounds inclusive and as precise as given: {@code from 2023} and
 * {@code to 2024-06} keep everything from 1 January 2023 to 30 June 2024. An unbounded range keeps
 * everything, undated records included; a bounded one keeps only records with a date that may
 * fall inside it.
 */
public record DateRange(Optional<PartialDate> from, Optional<PartialDate> to) {
  public static final DateRange ALL = new DateRange(Optional.empty(), Optional.empty());

  public DateRange {
    if (from.isPresent() && to.isPresent() && from.get().earliest().isAfter(to.get().latest())) {
      throw new IllegalArgumentException("the range starts (" + from.get() + ") after it ends (" + to.get() + ")");
    }
  }

  public boolean bounded() {
    return from.isPresent() || to.isPresent();
  }

  /** True when {@code date} may lie in the range; an absent date only in an unbounded range. */
  public boolean admits(Optional<PartialDate> date) {
    if (date.isEmpty()) {
      return !bounded();
    }
    return overlaps(date.get(), date.get());
  }

  /** True when a period ("2023", "2023-01/2023-06") may overlap the range; unparsable only when unbounded. */
  public boolean admitsPeriod(String period) {
    String[] parts = period.split("/", 2);
    Optional<PartialDate> first = PartialDate.parse(parts[0]);
    Optional<PartialDate> last = parts.length > 1 ? PartialDate.parse(parts[1]) : first;
    if (first.isEmpty() || last.isEmpty()) {
      return !bounded();
    }
    return overlaps(first.get(), last.get());
  }

  private boolean overlaps(PartialDate start, PartialDate end) {
    return from.map(f -> !end.latest().isBefore(f.earliest())).orElse(true)
        && to.map(t -> !start.earliest().isAfter(t.latest())).orElse(true);
  }
}
