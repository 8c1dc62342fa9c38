package dev.dyad.app.export;

import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.Claim;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.LineLabel;
import dev.dyad.core.model.Mechanism;
import dev.dyad.core.model.OfficeHolding;
import dev.dyad.core.model.Participant;
import dev.dyad.core.model.Person;
import dev.dyad.core.model.Statistic;
import dev.dyad.core.resolve.FactMergers;
import dev.dyad.core.resolve.ResolvedKnowledge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The resolved knowledge base laid out as flat tables, one per record kind, for spreadsheets: the
 * fields of the JSON export, with nested lists either joined in one cell ({@code "BLR; VNM"}) or
 * given their own table (event participants, claim values, evidence).
 *
 * <p>Example: an event with two participants is one row of {@code events.csv} with id {@code e1}
 * and two rows of {@code event_participants.csv} with event {@code e1}.
 */
public final class CsvTables {
  /** Line labels listed per article: every label but body text and blank lines. */
  private static final List<LineLabel> LISTED = Arrays.stream(LineLabel.values())
      .filter(l -> l != LineLabel.BODY && l != LineLabel.BLANK).toList();

  private CsvTables() {}

  /** All tables, in the order of the JSON export, evidence last. */
  public static List<CsvTable> of(ResolvedKnowledge k) {
    return List.of(articles(k), events(k), participants(k), people(k), mechanisms(k), agreements(k),
        statistics(k), claims(k), EvidenceTable.of(k));
  }

  static CsvTable articles(ResolvedKnowledge k) {
    List<String> header = new ArrayList<>(List.of("id", "source", "published", "title"));
    LISTED.forEach(l -> header.add(l.key() + "_lines"));
    CsvTable.Builder t = new CsvTable.Builder("articles.csv", header.toArray(String[]::new));
    for (CleanArticle a : k.articles()) {
      List<String> row = new ArrayList<>(Arrays.asList(a.article().id(), a.article().source(),
          Cells.of(a.article().published()), a.title().orElse(null)));
      LISTED.forEach(l -> row.add(Cells.list(a.linesByLabel().getOrDefault(l, List.of()))));
      t.row(row.toArray(String[]::new));
    }
    return t.build();
  }

  static CsvTable events(ResolvedKnowledge k) {
    CsvTable.Builder t = new CsvTable.Builder("events.csv", "id", "type", "subtype", "countries", "source",
        "target", "start", "end", "place_city", "place_country", "status", "mechanism", "ordinal");
    for (int i = 0; i < k.events().size(); i++) {
      Event e = k.events().get(i);
      Integer m = k.eventMechanism().get(i);
      t.row(RecordIds.event(i), e.type().name(), e.subtype().orElse(null), Cells.list(e.countries()),
          e.source().orElse(null), e.target().orElse(null), Cells.of(e.start()), Cells.of(e.end()),
          Cells.of(e.place().flatMap(p -> p.city())), Cells.of(e.place().flatMap(p -> p.country())),
          e.status().key(), m == null ? null : RecordIds.mechanism(m), Cells.of(e.ordinal()));
    }
    return t.build();
  }

  static CsvTable participants(ResolvedKnowledge k) {
    CsvTable.Builder t = new CsvTable.Builder("event_participants.csv", "event", "name", "country", "office");
    for (int i = 0; i < k.events().size(); i++) {
      for (Participant p : k.events().get(i).participants()) {
        t.row(RecordIds.event(i), p.name(), p.country().orElse(null), p.office().orElse(null));
      }
    }
    return t.build();
  }

  static CsvTable people(ResolvedKnowledge k) {
    CsvTable.Builder t = new CsvTable.Builder("people.csv", "id", "name", "aliases", "country", "offices");
    for (int i = 0; i < k.people().size(); i++) {
      Person p = k.people().get(i);
      t.row(RecordIds.person(i), p.name(), Cells.list(p.aliases()), p.country().orElse(null),
          Cells.list(p.offices().stream().map(CsvTables::office).toList()));
    }
    return t.build();
  }

  /** "Prime Minister (2023-12)", "former Minister of Defence (2020)". */
  private static String office(OfficeHolding o) {
    return (o.former() ? "former " : "") + o.office() + o.asOf().map(d -> " (" + d + ")").orElse("");
  }

  static CsvTable mechanisms(ResolvedKnowledge k) {
    CsvTable.Builder t = new CsvTable.Builder("mechanisms.csv", "id", "countries", "name", "level", "sessions");
    for (int i = 0; i < k.mechanisms().size(); i++) {
      Mechanism m = k.mechanisms().get(i);
      t.row(RecordIds.mechanism(i), Cells.list(m.countries()), m.name(), m.level().orElse(null),
          Cells.list(k.sessionsOf(i).stream().map(RecordIds::event).toList()));
    }
    return t.build();
  }

  static CsvTable agreements(ResolvedKnowledge k) {
    CsvTable.Builder t = new CsvTable.Builder("agreements.csv", "id", "countries", "title", "kind", "parties",
        "signed", "effective");
    for (int i = 0; i < k.agreements().size(); i++) {
      Agreement a = k.agreements().get(i);
      t.row(RecordIds.agreement(i), Cells.list(a.countries()), a.title(), a.kind().orElse(null),
          Cells.list(a.parties()), Cells.of(a.signed()), Cells.of(a.effective()));
    }
    return t.build();
  }

  static CsvTable statistics(ResolvedKnowledge k) {
    CsvTable.Builder t = new CsvTable.Builder("statistics.csv", "id", "countries", "metric", "value", "unit",
        "period");
    for (int i = 0; i < k.statistics().size(); i++) {
      Statistic s = k.statistics().get(i);
      t.row(RecordIds.statistic(i), Cells.list(s.countries()), s.metric(), Cells.number(s.value()), s.unit(),
          s.period());
    }
    return t.build();
  }

  /**
   * One row per reported value: a claim group whose articles agree is one row per report of the
   * same value; {@code conflict} is true on every row of a group whose reports differ.
   */
  static CsvTable claims(ResolvedKnowledge k) {
    CsvTable.Builder t = new CsvTable.Builder("claims.csv", "id", "countries", "kind", "value", "article",
        "as_of", "conflict");
    for (int i = 0; i < k.claims().size(); i++) {
      FactMergers.ClaimGroup g = k.claims().get(i);
      for (Claim c : g.claims()) {
        t.row(RecordIds.claim(i), Cells.list(g.countries()), g.kind(), c.value(),
            c.evidence().isEmpty() ? null : c.evidence().get(0).article(), Cells.of(c.asOf()),
            Boolean.toString(g.conflict()));
      }
    }
    return t.build();
  }
}
