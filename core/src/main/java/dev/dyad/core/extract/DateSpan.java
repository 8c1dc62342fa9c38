package dev.dyad.core.extract;

import dev.dyad.core.model.PartialDate;
import java.util.Optional;

/**
 * A date or period found in a sentence: its span relative to the sentence text, the first date
 * and, for periods, the last. Example: "the first half of 2021" → from 2021-01, to 2021-06.
 */
record DateSpan(int start, int end, PartialDate from, Optional<PartialDate> to) {

  boolean overlaps(int s, int e) {
    return start < e && s < end;
  }

  /** The ISO rendering the export uses: "2022", "2023-12-06", or "2023-01/2023-09". */
  String iso() {
    return to.filter(t -> !t.equals(from)).map(t -> from + "/" + t).orElse(from.toString());
  }
}
