package dev.dyad.core.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PhraseFinderTest {

  private final Gazetteer g = Gazetteer.standard();

  /** Matches rendered as "TYPE text→resolved", for compact expectations. */
  private List<String> find(String text) {
    return g.find(text).stream().map(PhraseFinderTest::render).collect(Collectors.toList());
  }

  private static String render(GazetteerMatch m) {
    String value = m.value() instanceof Office o
        ? o.title() + (o.portfolio().isEmpty() ? "" : "/" + o.portfolio())
        : m.iso3().orElseThrow();
    return m.type() + " " + m.text() + "→" + value + (m.ambiguous() ? "?" : "");
  }

  @Test
  void findsNamesWithExactSpans() {
    String text = "The Foreign Minister of Viet Nam flew from Hà Nội to Minsk on Monday.";
    List<GazetteerMatch> ms = g.find(text);
    assertThat(ms).extracting(GazetteerMatch::text)
        .containsExactly("Foreign Minister", "Viet Nam", "Hà Nội", "Minsk");
    for (GazetteerMatch m : ms) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    assertThat(ms.get(1).start()).isEqualTo(text.indexOf("Viet Nam"));
    assertThat(ms.get(2).end()).isEqualTo(text.indexOf(" to Minsk"));
  }

  @Test
  void splitsHyphenatedAndDashedPairs() {
    assertThat(find("the Vietnam – Belarus committee"))
        .containsExactly("COUNTRY Vietnam→VNM", "COUNTRY Belarus→BLR");
    assertThat(find("Vietnam-Belarus ties")).containsExactly("COUNTRY Vietnam→VNM", "COUNTRY Belarus→BLR");
    assertThat(find("a Belarusian-Zimbabwean commission"))
        .containsExactly("DEMONYM Belarusian→BLR", "DEMONYM Zimbabwean→ZWE");
    assertThat(find("India-Japan talks")).containsExactly("COUNTRY India→IND", "COUNTRY Japan→JPN");
    assertThat(find("the Franco-German engine and Sino–Russian ties"))
        .containsExactly("DEMONYM Franco→FRA", "DEMONYM German→DEU", "DEMONYM Sino→CHN", "DEMONYM Russian→RUS");
    assertThat(find("Indo-Pacific strategy")).isEmpty();
    assertThat(find("Guinea-Bissau and Timor-Leste")).containsExactly(
        "COUNTRY Guinea-Bissau→GNB", "COUNTRY Timor-Leste→TLS");
  }

  @Test
  void combiningFormsNeedAHyphen() {
    assertThat(find("Franco said so.")).isEmpty();
    assertThat(find("Anglo-American talks")).containsExactly("DEMONYM Anglo→GBR", "DEMONYM American→USA");
  }

  @Test
  void ignoresLowerCaseCommonWords() {
    assertThat(find("he went to chad and then had a turkey dinner on fine china")).isEmpty();
    assertThat(find("let us go; the guinea fowl and the niger seed")).isEmpty();
    assertThat(find("in general, the major point")).isEmpty();
  }

  @Test
  void flagsAmbiguousNamesWhenCapitalised() {
    assertThat(find("Chad and Jordan signed; Georgia abstained.")).containsExactly(
        "COUNTRY Chad→TCD?", "COUNTRY Jordan→JOR?", "COUNTRY Georgia→GEO?");
    assertThat(find("Turkey and Congo")).containsExactly("COUNTRY Turkey→TUR?", "COUNTRY Congo→COD?");
    assertThat(find("Korea and North Korea")).containsExactly("COUNTRY Korea→KOR?", "COUNTRY North Korea→PRK");
  }

  @Test
  void matchesAbbreviationsOnlyInTheirCase() {
    assertThat(find("The US and the U.S.A. and the UK")).containsExactly(
        "COUNTRY US→USA", "COUNTRY U.S.A.→USA", "COUNTRY UK→GBR");
    assertThat(find("U.S.-India relations")).containsExactly("COUNTRY U.S.→USA", "COUNTRY India→IND");
    assertThat(find("Tell us, Us and uk")).isEmpty();
    assertThat(find("the PM met the DPRK envoy")).containsExactly(
        "OFFICE PM→Prime Minister", "COUNTRY DPRK→PRK", "OFFICE envoy→Envoy");
    assertThat(find("at 5 p.m. the pm left")).isEmpty();
  }

  @Test
  void readsAllCapsDatelines() {
    assertThat(find("HÀ NỘI — Officials in BEIJING and ANKARA said")).containsExactly(
        "CITY HÀ NỘI→VNM", "CITY BEIJING→CHN", "CITY ANKARA→TUR");
  }

  @Test
  void readsOfficesWithPortfolios() {
    assertThat(find("Minister of National Defence Phan met the Defence Minister and the home minister"))
        .containsExactly("OFFICE Minister of National Defence→Minister/defence",
            "OFFICE Defence Minister→Minister/defence", "OFFICE home minister→Minister/home affairs");
    assertThat(find("Deputy Prime Minister and Minister of Foreign Affairs"))
        .containsExactly("OFFICE Deputy Prime Minister→Deputy Prime Minister",
            "OFFICE Minister of Foreign Affairs→Minister/foreign affairs");
    assertThat(find("Senior Lieutenant General and Air Marshal")).containsExactly(
        "OFFICE Senior Lieutenant General→Senior Lieutenant General", "OFFICE Air Marshal→Air Marshal");
  }

  @Test
  void reportsPlacesInsideOfficeNames() {
    assertThat(find("Chairman of the Ho Chi Minh City People's Committee")).containsExactly(
        "OFFICE Chairman of the Ho Chi Minh City People's Committee→People's Committee Chairman",
        "CITY Ho Chi Minh City→VNM");
  }

  @Test
  void preferesLongerNamesAndSkipsExclusions() {
    assertThat(find("New Delhi, Mexico City and the Republic of Korea")).containsExactly(
        "CITY New Delhi→IND", "CITY Mexico City→MEX", "COUNTRY Republic of Korea→KOR");
    assertThat(find("ships in the South China Sea and the Indian Ocean")).isEmpty();
    assertThat(find("Vietnam's exports to Côte d'Ivoire")).containsExactly(
        "COUNTRY Vietnam→VNM", "COUNTRY Côte d'Ivoire→CIV");
  }

  @Test
  void givesCountryCodesOfMatches() {
    List<GazetteerMatch> ms = g.find("Emirati officials in Dubai met the Ambassador");
    assertThat(ms).extracting(m -> m.iso3().orElse("-")).containsExactly("ARE", "ARE", "-");
  }

  @Test
  void handlesEmptyAndOddInput() {
    assertThat(g.find("")).isEmpty();
    assertThat(g.find("  -- ... ''' ")).isEmpty();
    assertThat(g.find("-Vietnam-")).extracting(GazetteerMatch::text).containsExactly("Vietnam");
  }
}
