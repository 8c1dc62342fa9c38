package dev.dyad.core.resolve;

import dev.dyad.core.model.Event;
import dev.dyad.core.model.Mechanism;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Links a consultation to the standing mechanism it is a session of: same pair, and the names
 * written in the event share most of their words with the mechanism's (by {@link NameKey}).
 */
public final class Mechanisms {
  private static final double SHARED = 0.5;

  private Mechanisms() {}

  /** The index in {@code mechanisms} of the mechanism the event is a session of, if any. */
  public static Optional<Integer> sessionOf(Event event, List<Mechanism> mechanisms) {
    if (event.mechanism().isEmpty()) {
      return Optional.empty();
    }
    Set<String> words = new HashSet<>(List.of(NameKey.of(event.mechanism().get()).split(" ")));
    int best = -1;
    double bestShare = SHARED;
    for (int i = 0; i < mechanisms.size(); i++) {
      Mechanism m = mechanisms.get(i);
      if (!m.countries().equals(event.countries())) {
        continue;
      }
      Set<String> theirs = new HashSet<>(List.of(NameKey.of(m.name()).split(" ")));
      Set<String> shared = new HashSet<>(words);
      shared.retainAll(theirs);
      double share = (double) shared.size() / Math.max(1, Math.min(words.size(), theirs.size()));
      if (share >= bestShare) {
        best = i;
        bestShare = share;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }
}
