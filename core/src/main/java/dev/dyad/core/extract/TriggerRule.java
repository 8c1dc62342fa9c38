package dev.dyad.core.extract;

import dev.dyad.core.internal.ResourceLines;

import dev.dyad.core.model.EventType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** One row of {@code event-triggers.tsv}: a lemma sequence, the event it reports, its conditions. */
record TriggerRule(EventType type, Optional<String> subtype, List<String> lemmas, Set<String> conditions) {
  private static final Set<String> KNOWN = Set.of("noun", "verb", "person-after", "person-before", "destination-after",
      "place-after", "mechanism", "plural", "signing-witnessed", "document-after", "aid-context");

  static List<TriggerRule> load() {
    return ResourceLines.lines("/extract/event-triggers.tsv").stream().map(TriggerRule::parse).toList();
  }

  static TriggerRule parse(String row) {
    String[] cols = row.split("\t", -1);
    if (cols.length < 3) {
      throw new IllegalStateException("event-triggers.tsv: expected type, subtype, lemmas: " + row);
    }
    Set<String> conditions = cols.length > 3 && !cols[3].isBlank() ? Set.of(cols[3].split(",")) : Set.of();
    for (String c : conditions) {
      if (!KNOWN.contains(c)) {
        throw new IllegalStateException("event-triggers.tsv: unknown condition '" + c + "' in: " + row);
      }
    }
    return new TriggerRule(EventType.valueOf(cols[0]), cols[1].isBlank() ? Optional.empty() : Optional.of(cols[1]),
        List.of(cols[2].toLowerCase(Locale.ROOT).split(" ")), conditions);
  }
}
