package dev.dyad.core.profile;

import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.gazetteer.Office;
import dev.dyad.core.model.Participant;
import java.util.List;
import java.util.Optional;

/**
 * The precedence of offices as the gazetteer orders them: 1 head of state or party leader, 2 head
 * of government, ... 6 other officials (see {@link Office#level()}). A title the gazetteer does
 * not know, or no office at all, ranks last.
 */
final class OfficeRanks {
  static final int UNRANKED = 7;

  private final Gazetteer gazetteer;

  OfficeRanks(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  int level(Optional<String> office) {
    return office.flatMap(gazetteer::office).map(Office::level).orElse(UNRANKED);
  }

  /** The best level among the participants of {@code country}, or among all if none is marked with it. */
  int best(List<Participant> participants, Optional<String> country) {
    List<Participant> own = participants.stream().filter(p -> p.country().equals(country)).toList();
    return (own.isEmpty() ? participants : own).stream().mapToInt(p -> level(p.office())).min().orElse(UNRANKED);
  }
}
