package dev.dyad.app.export;

import dev.dyad.core.model.Claim;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.resolve.ResolvedKnowledge;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The {@code evidence.csv} table: one row per quoted span of every record, keyed by the record's
 * id ({@code e1}, {@code p1}, {@code m1}, {@code a1}, {@code s1}, {@code c1}), with the article,
 * the character span and its text.
 */
final class EvidenceTable {
  private final CsvTable.Builder table =
      new CsvTable.Builder("evidence.csv", "record", "article", "start", "end", "text");

  private EvidenceTable() {}

  static CsvTable of(ResolvedKnowledge k) {
    EvidenceTable t = new EvidenceTable();
    t.add(k.events().size(), RecordIds::event, i -> k.events().get(i).evidence());
    t.add(k.people().size(), RecordIds::person, i -> k.people().get(i).evidence());
    t.add(k.mechanisms().size(), RecordIds::mechanism, i -> k.mechanisms().get(i).evidence());
    t.add(k.agreements().size(), RecordIds::agreement, i -> k.agreements().get(i).evidence());
    t.add(k.statistics().size(), RecordIds::statistic, i -> k.statistics().get(i).evidence());
    t.add(k.claims().size(), RecordIds::claim, i -> claimEvidence(k.claims().get(i).claims()));
    return t.table.build();
  }

  private void add(int count, IntFunction<String> id, IntFunction<List<Evidence>> evidence) {
    for (int i = 0; i < count; i++) {
      for (Evidence e : evidence.apply(i)) {
        table.row(id.apply(i), e.article(), Integer.toString(e.start()), Integer.toString(e.end()), e.text());
      }
    }
  }

  /** A group's evidence, each span once, as the JSON export lists it. */
  private static List<Evidence> claimEvidence(List<Claim> claims) {
    Set<Evidence> all = new LinkedHashSet<>();
    claims.forEach(c -> all.addAll(c.evidence()));
    return List.copyOf(all);
  }
}
