package dev.dyad.core.profile;

import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.Mechanism;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Person;
import dev.dyad.core.model.Statistic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The profile of one country pair: the sections of a brief, each entry with the numbers of the
 * {@link Source}s it rests on. Countries are ISO alpha-3 codes, {@code a} before {@code b}; ids of
 * events ({@code e2}), mechanisms ({@code m1}) and agreements ({@code a3}) are those of the
 * resolved knowledge base, the same the export and the web API use.
 *
 * <p>Example: Vietnam and Belarus give a = BLR, b = VNM, a timeline whose entry {@code e2} is the
 * Belarusian Prime Minister's visit of 2023-12-08 with refs [1], and sources whose number 1 is
 * the article it was read from.
 */
public record DyadProfile(
    String a,
    String b,
    String nameA,
    String nameB,
    DateRange range,
    Overview overview,
    List<TimelineEntry> timeline,
    List<MechanismEntry> mechanisms,
    List<AgreementEntry> agreements,
    List<FigureEntry> figures,
    List<FactEntry> facts,
    List<LocalityEntry> localities,
    List<OfficialEntry> officials,
    List<ConflictEntry> conflicts,
    List<Source> sources) {

  public DyadProfile {
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(range, "range");
    timeline = List.copyOf(timeline);
    mechanisms = List.copyOf(mechanisms);
    agreements = List.copyOf(agreements);
    figures = List.copyOf(figures);
    facts = List.copyOf(facts);
    localities = List.copyOf(localities);
    officials = List.copyOf(officials);
    conflicts = List.copyOf(conflicts);
    sources = List.copyOf(sources);
  }

  /** The pair as the API names it: "BLR-VNM". */
  public String key() {
    return a + "-" + b;
  }

  /** True when the knowledge base has nothing on the pair (in the range). */
  public boolean isEmpty() {
    return sources.isEmpty();
  }

  /** The summary section. */
  public record Overview(
      List<ClaimValue> established,
      List<EventCount> counts,
      Optional<TimelineEntry> latestContact,
      List<TimelineEntry> highestVisits) {
    public Overview {
      established = List.copyOf(established);
      counts = List.copyOf(counts);
      Objects.requireNonNull(latestContact, "latestContact");
      highestVisits = List.copyOf(highestVisits);
    }
  }

  /** How many events of one type fell in one year (empty: undated). */
  public record EventCount(EventType type, Optional<Integer> year, int count, List<Integer> refs) {
    public EventCount {
      refs = List.copyOf(refs);
    }
  }

  /** One event of the timeline. */
  public record TimelineEntry(String id, Event event, List<Integer> refs) {
    public TimelineEntry {
      refs = List.copyOf(refs);
    }
  }

  /** A standing mechanism and the ids of the events that were its sessions. */
  public record MechanismEntry(String id, Mechanism mechanism, List<String> sessions, List<Integer> refs) {
    public MechanismEntry {
      sessions = List.copyOf(sessions);
      refs = List.copyOf(refs);
    }
  }

  /** An agreement, with its parties and dates. */
  public record AgreementEntry(String id, Agreement agreement, List<Integer> refs) {
    public AgreementEntry {
      refs = List.copyOf(refs);
    }
  }

  /** A figure (trade turnover, growth...) for a period. */
  public record FigureEntry(Statistic statistic, List<Integer> refs) {
    public FigureEntry {
      refs = List.copyOf(refs);
    }
  }

  /** A standing fact sources agree on ({@code legal_instruments_count: more than 90}). */
  public record FactEntry(String kind, ClaimValue value) {}

  /** One value of a claim as its sources state it, and when. */
  public record ClaimValue(String value, Optional<PartialDate> asOf, List<Evidence> evidence, List<Integer> refs) {
    public ClaimValue {
      Objects.requireNonNull(asOf, "asOf");
      evidence = List.copyOf(evidence);
      refs = List.copyOf(refs);
    }
  }

  /**
   * A partnership between localities: the parties of an agreement that are cities or provinces,
   * or a count the sources give ({@code parties} empty).
   */
  public record LocalityEntry(List<String> parties, String description, List<Evidence> evidence, List<Integer> refs) {
    public LocalityEntry {
      parties = List.copyOf(parties);
      evidence = List.copyOf(evidence);
      refs = List.copyOf(refs);
    }
  }

  /** An official of either side, with the offices they held and when. */
  public record OfficialEntry(Person person, List<Integer> refs) {
    public OfficialEntry {
      refs = List.copyOf(refs);
    }
  }

  /** A claim whose sources disagree: every value beside its sources and date. */
  public record ConflictEntry(String kind, List<ClaimValue> values) {
    public ConflictEntry {
      values = List.copyOf(values);
    }
  }

  /**
   * An article cited by the profile: its number in the references, id, title, outlet (the host of
   * its address, when it has one), publication date and where it was read from (link or path).
   */
  public record Source(
      int number, String article, Optional<String> title, Optional<String> outlet,
      Optional<PartialDate> published, String location) {
    public Source {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(location, "location");
    }
  }
}
