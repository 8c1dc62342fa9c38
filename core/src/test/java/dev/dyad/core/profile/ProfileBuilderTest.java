package dev.dyad.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.profile.DyadProfile.TimelineEntry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileBuilderTest {
  private final ProfileBuilder builder = new ProfileBuilder(Gazetteer.standard());

  private DyadProfile profile(String a, String b, DateRange range) {
    return builder.build(Knowledge.sample(), a, b, range);
  }

  @Test
  void keepsOnlyThePairsEventsOldestFirstUndatedLast() {
    DyadProfile p = profile("BLR", "VNM", DateRange.ALL);
    assertThat(p.timeline()).extracting(TimelineEntry::id).containsExactly("e6", "e1", "e3", "e2", "e4");
  }

  @Test
  void acceptsTheCountriesInEitherOrderAndCase() {
    DyadProfile p = profile("vnm", "BLR", DateRange.ALL);
    assertThat(p.key()).isEqualTo("BLR-VNM");
    assertThat(p.nameA()).isEqualTo("Belarus");
  }

  @Test
  void numbersOnlyCitedSourcesOldestFirst() {
    DyadProfile p = profile("BLR", "VNM", DateRange.ALL);
    assertThat(p.sources()).extracting(DyadProfile.Source::article).containsExactly(Knowledge.OLD, Knowledge.NEW);
    assertThat(p.sources().get(1).outlet()).contains("example.vn");
    assertThat(p.sources().get(0).outlet()).isEmpty();
    assertThat(p.timeline().get(1).refs()).containsExactly(1);
    assertThat(p.timeline().get(3).refs()).containsExactly(2);
  }

  @Test
  void everyEntryCitesAtLeastOneSource() {
    DyadProfile p = profile("BLR", "VNM", DateRange.ALL);
    assertThat(p.timeline()).allSatisfy(t -> assertThat(t.refs()).isNotEmpty());
    assertThat(p.mechanisms()).allSatisfy(m -> assertThat(m.refs()).isNotEmpty());
    assertThat(p.agreements()).allSatisfy(a -> assertThat(a.refs()).isNotEmpty());
    assertThat(p.figures()).allSatisfy(f -> assertThat(f.refs()).isNotEmpty());
    assertThat(p.officials()).allSatisfy(o -> assertThat(o.refs()).isNotEmpty());
    assertThat(p.overview().counts()).allSatisfy(c -> assertThat(c.refs()).isNotEmpty());
  }

  @Test
  void boundedRangeDropsUndatedAndOutOfRangeEvents() {
    DyadProfile p = profile("BLR", "VNM", new DateRange(PartialDate.parse("2023"), PartialDate.parse("2024-10")));
    assertThat(p.timeline()).extracting(TimelineEntry::id).containsExactly("e1", "e3");
    assertThat(p.figures()).hasSize(1);
    assertThat(p.mechanisms().get(0).sessions()).isEmpty();
  }

  @Test
  void linksMechanismsToTheirSessions() {
    DyadProfile p = profile("BLR", "VNM", DateRange.ALL);
    assertThat(p.mechanisms()).singleElement().satisfies(m -> {
      assertThat(m.id()).isEqualTo("m1");
      assertThat(m.sessions()).containsExactly("e6");
    });
  }

  @Test
  void putsConflictingValuesSideBySideWithTheirDates() {
    DyadProfile p = profile("BLR", "VNM", DateRange.ALL);
    assertThat(p.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("legal_instruments_count");
      assertThat(c.values()).extracting(DyadProfile.ClaimValue::value).containsExactly("more than 90", "about 50");
      assertThat(c.values().get(1).asOf()).isEqualTo(PartialDate.parse("2025-05"));
      assertThat(c.values().get(1).refs()).containsExactly(2);
    });
    assertThat(p.overview().established()).singleElement()
        .satisfies(v -> assertThat(v.value()).isEqualTo("1992-01-24"));
  }

  @Test
  void picksTheHighestLevelVisitEachWay() {
    DyadProfile p = profile("BLR", "VNM", DateRange.ALL);
    assertThat(p.overview().highestVisits()).extracting(TimelineEntry::id).containsExactly("e1", "e2");
  }

  @Test
  void latestContactIsTheLastDatedEvent() {
    assertThat(profile("BLR", "VNM", DateRange.ALL).overview().latestContact()).map(TimelineEntry::id).contains("e2");
  }

  @Test
  void countsEventsByTypeAndYearUndatedLast() {
    DyadProfile p = profile("BLR", "VNM", DateRange.ALL);
    assertThat(p.overview().counts()).extracting(c -> c.type() + " " + c.year().map(String::valueOf).orElse("-") + " " + c.count())
        .containsExactly("VISIT 2019 1", "VISIT 2023 1", "VISIT 2025 1", "VISIT - 1", "MEETING 2024 1");
  }

  @Test
  void listsTheParticipantsOfBothSidesWithTheirOfficesAndDates() {
    DyadProfile p = profile("BLR", "VNM", DateRange.ALL);
    assertThat(p.officials()).extracting(o -> o.person().name())
        .contains("Roman Golovchenko", "Someone General Secretary").doesNotContain("Xi Jinping");
    assertThat(p.officials()).filteredOn(o -> o.person().name().equals("Someone General Secretary")).singleElement()
        .satisfies(o -> {
          assertThat(o.person().offices()).singleElement().satisfies(h -> assertThat(h.asOf()).isEqualTo(PartialDate.parse("2025-05-11")));
          assertThat(o.refs()).containsExactly(2);
        });
    assertThat(p.officials().get(0).person().country()).contains("BLR");
  }

  @Test
  void takesLocalityPartnershipsFromAgreementParties() {
    DyadProfile p = profile("BLR", "VNM", DateRange.ALL);
    assertThat(p.localities()).singleElement().satisfies(l -> assertThat(l.parties()).containsExactly("Hanoi", "Minsk"));
  }

  @Test
  void unknownPairGivesAnEmptyProfile() {
    assertThat(profile("FRA", "DEU", DateRange.ALL).isEmpty()).isTrue();
  }

  @Test
  void rejectsCodesThatAreNotCountries() {
    assertThatThrownBy(() -> profile("XXX", "VNM", DateRange.ALL)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XXX");
    assertThatThrownBy(() -> profile("VNM", "vnm", DateRange.ALL)).hasMessageContaining("two different");
  }

  @Test
  void rejectsARangeThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> new DateRange(PartialDate.parse("2025"), PartialDate.parse("2024-12")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void indexListsEachPairWithCounts() {
    assertThat(DyadIndex.of(Knowledge.sample())).extracting(s -> s.key() + " " + s.events() + " " + s.articles())
        .containsExactly("BLR-VNM 5 2", "CHN-VNM 1 1");
  }

  @Test
  void eventQueryFiltersByCountryTypeAndDate() {
    EventQuery q = new EventQuery(Optional.of("CHN"), Optional.of(EventType.VISIT), DateRange.ALL);
    assertThat(q.select(Knowledge.sample())).containsExactly(4);
    EventQuery visits2023 = new EventQuery(Optional.empty(), Optional.of(EventType.VISIT),
        new DateRange(PartialDate.parse("2023"), PartialDate.parse("2023")));
    assertThat(visits2023.select(Knowledge.sample())).containsExactly(0);
  }

  @Test
  void countryNamesReadCodesAndNamesInAnyCase() {
    CountryNames names = new CountryNames(Gazetteer.standard());
    assertThat(names.find("VNM")).map(c -> c.iso3()).contains("VNM");
    assertThat(names.find("Việt Nam")).map(c -> c.iso3()).contains("VNM");
    assertThat(names.find("belarus")).map(c -> c.iso3()).contains("BLR");
    assertThat(names.find("Vietnam")).map(c -> c.iso3()).contains("VNM");
    assertThat(names.find("Atlantis")).isEmpty();
  }
}
