package dev.dyad.core.profile;

import dev.dyad.core.gazetteer.Country;
import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.model.Claim;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Person;
import dev.dyad.core.model.Statistic;
import dev.dyad.core.profile.DyadProfile.AgreementEntry;
import dev.dyad.core.profile.DyadProfile.ClaimValue;
import dev.dyad.core.profile.DyadProfile.ConflictEntry;
import dev.dyad.core.profile.DyadProfile.FactEntry;
import dev.dyad.core.profile.DyadProfile.FigureEntry;
import dev.dyad.core.profile.DyadProfile.LocalityEntry;
import dev.dyad.core.profile.DyadProfile.MechanismEntry;
import dev.dyad.core.profile.DyadProfile.OfficialEntry;
import dev.dyad.core.profile.DyadProfile.TimelineEntry;
import dev.dyad.core.resolve.FactMergers.ClaimGroup;
import dev.dyad.core.resolve.ResolvedKnowledge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Builds the {@link DyadProfile} of two countries from a resolved knowledge base. Events and
 * agreements are kept when their date may fall in the range, figures when their period may; a
 * bounded range drops undated ones. Mechanisms, standing claims and officials are not dated and
 * are always kept. Pure: the same knowledge and arguments give the same profile.
 */
public final class ProfileBuilder {
  static final String ESTABLISHED = "relations_established";
  static final String LOCALITIES = "locality_partnerships";

  private final Gazetteer gazetteer;
  private final OfficeRanks ranks;

  public ProfileBuilder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.ranks = new OfficeRanks(gazetteer);
  }

  /** With the standard gazetteer. */
  public static DyadProfile build(ResolvedKnowledge k, String iso3a, String iso3b,
      Optional<PartialDate> from, Optional<PartialDate> to) {
    return new ProfileBuilder(Gazetteer.standard()).build(k, iso3a, iso3b, new DateRange(from, to));
  }

  /**
   * The profile of the pair {@code iso3a}, {@code iso3b} (ISO alpha-3, any order and case).
   *
   * @throws IllegalArgumentException if a code is not a country's or both are the same
   */
  public DyadProfile build(ResolvedKnowledge k, String iso3a, String iso3b, DateRange range) {
    Country ca = country(iso3a);
    Country cb = country(iso3b);
    if (ca.iso3().equals(cb.iso3())) {
      throw new IllegalArgumentException("a dyad needs two different countries, got " + ca.iso3() + " twice");
    }
    if (ca.iso3().compareTo(cb.iso3()) > 0) {
      Country t = ca;
      ca = cb;
      cb = t;
    }
    List<String> pair = List.of(ca.iso3(), cb.iso3());

    List<Integer> events = IntStream.range(0, k.events().size())
        .filter(i -> k.events().get(i).countries().equals(pair) && range.admits(k.events().get(i).start()))
        .boxed().sorted(Comparator.comparing((Integer i) -> k.events().get(i).start().orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> i))
        .toList();
    List<Integer> mechanisms = indexes(k.mechanisms(), m -> m.countries().equals(pair));
    List<Integer> agreements = indexes(k.agreements(),
        g -> g.countries().equals(pair) && range.admits(g.signed().or(g::effective)));
    List<Statistic> statistics = k.statistics().stream()
        .filter(s -> s.countries().equals(pair) && range.admitsPeriod(s.period())).toList();
    List<ClaimGroup> claims = k.claims().stream().filter(c -> c.countries().equals(pair)).toList();

    Set<String> cited = new LinkedHashSet<>();
    events.forEach(i -> cite(cited, k.events().get(i).evidence()));
    mechanisms.forEach(i -> cite(cited, k.mechanisms().get(i).evidence()));
    agreements.forEach(i -> cite(cited, k.agreements().get(i).evidence()));
    statistics.forEach(s -> cite(cited, s.evidence()));
    claims.forEach(g -> g.claims().forEach(c -> cite(cited, c.evidence())));
    Set<String> pairArticles = Set.copyOf(cited);
    List<Event> pairEvents = events.stream().map(k.events()::get).toList();
    List<Person> people = Officials.of(k.people(), pairEvents, pair, pairArticles).stream()
        .sorted(Comparator.comparing((Person p) -> pair.indexOf(p.country().orElse("")))
            .thenComparingInt(p -> p.offices().stream().mapToInt(o -> ranks.level(Optional.of(o.office()))).min()
                .orElse(OfficeRanks.UNRANKED))
            .thenComparing(Person::name))
        .toList();
    people.forEach(p -> cite(cited, p.evidence()));
    SourceIndex sources = new SourceIndex(k, cited);

    List<TimelineEntry> timeline = events.stream()
        .map(i -> new TimelineEntry(eventId(i), k.events().get(i), sources.refs(k.events().get(i).evidence()))).toList();
    List<MechanismEntry> mechanismEntries = mechanisms.stream().map(m -> new MechanismEntry("m" + (m + 1),
        k.mechanisms().get(m), k.sessionsOf(m).stream().filter(events::contains).map(ProfileBuilder::eventId).toList(),
        sources.refs(k.mechanisms().get(m).evidence()))).toList();
    List<AgreementEntry> agreementEntries = agreements.stream().map(g -> new AgreementEntry("a" + (g + 1),
        k.agreements().get(g), sources.refs(k.agreements().get(g).evidence()))).toList();
    List<FigureEntry> figures = statistics.stream().map(s -> new FigureEntry(s, sources.refs(s.evidence()))).toList();
    List<OfficialEntry> officials = people.stream().map(p -> new OfficialEntry(p, sources.refs(p.evidence()))).toList();

    List<ClaimValue> established = new ArrayList<>();
    List<FactEntry> facts = new ArrayList<>();
    List<ConflictEntry> conflicts = new ArrayList<>();
    List<LocalityEntry> localities = new ArrayList<>();
    agreementEntries.stream().filter(g -> !g.agreement().parties().isEmpty()).forEach(g -> localities.add(
        new LocalityEntry(g.agreement().parties(), g.agreement().title(), g.agreement().evidence(), g.refs())));
    for (ClaimGroup g : claims) {
      List<ClaimValue> values = values(g, sources);
      if (g.kind().equals(ESTABLISHED)) {
        established.addAll(values);
      }
      if (g.kind().equals(LOCALITIES)) {
        values.forEach(v -> localities.add(new LocalityEntry(List.of(), v.value(), v.evidence(), v.refs())));
      }
      if (g.conflict()) {
        conflicts.add(new ConflictEntry(g.kind(), values));
      } else if (!g.kind().equals(ESTABLISHED) && !g.kind().equals(LOCALITIES)) {
        facts.add(new FactEntry(g.kind(), values.get(0)));
      }
    }
    DyadProfile.Overview overview = new Overviews(ranks).of(timeline);
    return new DyadProfile(ca.iso3(), cb.iso3(), ca.name(), cb.name(), range, new DyadProfile.Overview(
        established, overview.counts(), overview.latestContact(), overview.highestVisits()),
        timeline, mechanismEntries, agreementEntries, figures, facts, localities, officials, conflicts,
        sources.sources());
  }

  static String eventId(int index) {
    return "e" + (index + 1);
  }

  private Country country(String code) {
    return gazetteer.countryByCode(code).filter(c -> code.strip().length() == 3)
        .orElseThrow(() -> new IllegalArgumentException("not an ISO 3166 alpha-3 country code: '" + code + "'"));
  }

  /** One value per distinct value, in order of first report, dated by its latest statement. */
  private static List<ClaimValue> values(ClaimGroup g, SourceIndex sources) {
    Map<String, List<Claim>> byValue = new LinkedHashMap<>();
    g.claims().forEach(c -> byValue.computeIfAbsent(c.value(), v -> new ArrayList<>()).add(c));
    List<ClaimValue> out = new ArrayList<>();
    byValue.forEach((value, cs) -> {
      List<Evidence> evidence = cs.stream().flatMap(c -> c.evidence().stream()).distinct().toList();
      Optional<PartialDate> asOf = cs.stream().flatMap(c -> c.asOf().stream()).max(Comparator.naturalOrder());
      out.add(new ClaimValue(value, asOf, evidence, sources.refs(evidence)));
    });
    return out;
  }

  private static void cite(Set<String> cited, List<Evidence> evidence) {
    evidence.forEach(e -> cited.add(e.article()));
  }

  private static <T> List<Integer> indexes(List<T> list, java.util.function.Predicate<T> keep) {
    return IntStream.range(0, list.size()).filter(i -> keep.test(list.get(i))).boxed().toList();
  }

}
