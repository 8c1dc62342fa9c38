package dev.dyad.core.extract;

import dev.dyad.core.gazetteer.GazetteerMatch;
import dev.dyad.core.gazetteer.MatchType;
import dev.dyad.core.gazetteer.Place;
import dev.dyad.core.model.LineLabel;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a news story ("HÀ NỘI –", "WARSAW, July 13 (Yonhap) --",
 * "PUTRAJAYA:", "Hanoi (VNA) –"): a city at the start of the first body line, followed by a dash,
 * comma, colon or agency in brackets.
 */
final class Datelines {
  private static final Pattern AFTER_CITY = Pattern.compile("^\\s*(?:[,:.]|\\(|[–—-]{1,2}|\\s[–—-])");
  private static final int MAX_START = 3;

  private static final int DATELINE_CHARS = 40;

  /** The first body line of a story and the day its dateline names, if it names one. */
  record Lead(int line, Optional<dev.dyad.core.model.PartialDate> day) {}

  private Datelines() {}

  /** The lead: the first body line, with the day in its opening characters ("WARSAW, July 13 (Yonhap) --"). */
  static Optional<Lead> lead(List<SentenceContext> sentences, java.util.Map<Integer, LineLabel> labels) {
    for (SentenceContext s : sentences) {
      if (labels.get(s.sentence().lineNumber()) != LineLabel.BODY) {
        continue;
      }
      int line = s.sentence().lineNumber();
      int lineStart = s.sentence().start();
      Optional<dev.dyad.core.model.PartialDate> day = sentences.stream()
          .filter(x -> x.sentence().lineNumber() == line)
          .flatMap(x -> x.sentence().times().stream())
          .filter(t -> t.isResolved() && t.start() - lineStart < DATELINE_CHARS)
          .map(t -> t.from().get())
          .filter(d -> d.precision() == dev.dyad.core.model.PartialDate.Precision.DAY)
          .findFirst();
      return Optional.of(new Lead(line, day));
    }
    return Optional.empty();
  }

  static Optional<dev.dyad.core.model.Place> find(List<SentenceContext> sentences, java.util.Map<Integer, LineLabel> labels) {
    for (SentenceContext s : sentences) {
      if (labels.get(s.sentence().lineNumber()) != LineLabel.BODY) {
        continue;
      }
      for (GazetteerMatch m : s.matches(MatchType.CITY)) {
        int at = m.start() - s.sentence().start();
        String after = s.sentence().text().substring(m.end() - s.sentence().start());
        if (at <= MAX_START && AFTER_CITY.matcher(after).find()) {
          Place city = (Place) m.value();
          return Optional.of(new dev.dyad.core.model.Place(Optional.of(city.name()), Optional.of(city.iso3())));
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}
