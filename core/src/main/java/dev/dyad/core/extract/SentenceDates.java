package dev.dyad.core.extract;

import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.model.TimeMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dates of one sentence, in sentence-relative offsets: our own readings of explicit dates and
 * periods ({@link DatePhrases}) first, then the annotator's resolved time mentions where they do
 * not overlap ours ("on Tuesday", "in January", "today").
 */
final class SentenceDates {
  private SentenceDates() {}

  /** Calendar points: dates an event happened on. */
  static List<DateSpan> points(Sentence s) {
    return merge(s, DatePhrases.dates(s.text()), false);
  }

  /** Reporting periods and points, for figures. */
  static List<DateSpan> periods(Sentence s, Optional<PartialDate> published) {
    return merge(s, DatePhrases.periods(s.text(), published), true);
  }

  private static List<DateSpan> merge(Sentence s, List<DateSpan> own, boolean periods) {
    List<DateSpan> out = new ArrayList<>(own);
    for (TimeMention t : s.times()) {
      if (!t.isResolved() || (!periods && t.kind() == TimeMention.Kind.PERIOD)) {
        continue;
      }
      int start = t.start() - s.start();
      int end = t.end() - s.start();
      if (start < 0 || end > s.text().length() || out.stream().anyMatch(d -> d.overlaps(start, end))) {
        continue;
      }
      Optional<PartialDate> to = t.kind() == TimeMention.Kind.POINT ? Optional.empty() : t.to();
      out.add(new DateSpan(start, end, t.from().get(), to));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return List.copyOf(out);
  }
}
