package dev.dyad.core.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

  private final Gazetteer g = Gazetteer.standard();

  @Test
  void listsEveryIsoCountryWithCodesNamesDemonymsAndCapital() {
    Set<String> iso2 = g.countries().stream().map(Country::iso2).collect(Collectors.toSet());
    for (String code : ULocale.getISOCountries()) {
      if (!Set.of("DG", "EA", "IC").contains(code)) {
        assertThat(iso2).as("ISO code %s", code).contains(code);
      }
    }
    assertThat(g.countries()).hasSize(250);
    Set<String> capitals = g.cities().stream().filter(Place::capital).map(Place::iso3)
        .collect(Collectors.toSet());
    for (Country c : g.countries()) {
      assertThat(c.iso3()).matches("[A-Z]{3}");
      assertThat(c.name()).as(c.iso3()).isNotBlank();
      assertThat(c.officialName()).as(c.iso3()).isNotBlank();
      assertThat(g.demonymsOf(c.iso3())).as("demonyms of %s", c.iso3()).isNotEmpty();
      assertThat(g.country(c.name())).as(c.name()).contains(c);
      assertThat(g.country(c.officialName())).as(c.officialName()).contains(c);
      assertThat(g.countryByCode(c.iso2())).contains(c);
      if (!Set.of("ATA", "BVT", "UMI").contains(c.iso3())) {
        assertThat(capitals).as("capital of %s", c.iso3()).contains(c.iso3());
      }
      for (String d : g.demonymsOf(c.iso3())) {
        assertThat(g.demonym(d)).as(d).isPresent();
      }
    }
  }

  @Test
  void everyCountryNameResolvesToOneCountryUnlessFlagged() {
    Map<String, String> owner = new HashMap<>();
    for (Country c : g.countries()) {
      String before = owner.put(Tokenizer.key(c.name()), c.iso3());
      assertThat(before).as("name %s also names %s", c.name(), before).isNull();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "Việt Nam, VNM", "Viet Nam, VNM", "Vietnam, VNM", "VIỆT NAM, VNM",
    "Socialist Republic of Viet Nam, VNM", "Türkiye, TUR", "Turkey, TUR", "Turkiye, TUR",
    "Republic of Belarus, BLR", "Belarus, BLR", "U.S., USA", "US, USA", "USA, USA",
    "United States of America, USA", "America, USA", "UK, GBR", "Britain, GBR", "Great Britain, GBR",
    "Côte d'Ivoire, CIV", "Cote d’Ivoire, CIV", "Ivory Coast, CIV", "DPRK, PRK", "North Korea, PRK",
    "South Korea, KOR", "Republic of Korea, KOR", "ROK, KOR", "Korea, KOR", "UAE, ARE",
    "Czechia, CZE", "Czech Republic, CZE", "Myanmar, MMR", "Burma, MMR", "Eswatini, SWZ",
    "Swaziland, SWZ", "North Macedonia, MKD", "Russian Federation, RUS", "Laos, LAO", "Lao PDR, LAO",
    "Iran, IRN", "Syria, SYR", "Palestine, PSE", "Holy See, VAT", "Vatican, VAT", "Kosovo, XKX",
    "Congo, COD", "DR Congo, COD", "Republic of the Congo, COG", "Guinea-Bissau, GNB",
    "Guinea Bissau, GNB", "Timor-Leste, TLS", "East Timor, TLS", "Deutschland, DEU",
    "Saint Kitts and Nevis, KNA", "St. Kitts and Nevis, KNA", "Bosnia and Herzegovina, BIH"
  })
  void resolvesTrickySpellings(String name, String iso3) {
    assertThat(g.country(name)).map(Country::iso3).contains(iso3);
  }

  @Test
  void givesCommonAndOfficialNames() {
    Country vn = g.countryByCode("VNM").orElseThrow();
    assertThat(vn).isEqualTo(new Country("VNM", "VN", "Vietnam", "Socialist Republic of Viet Nam"));
    assertThat(g.countryByCode("cd").orElseThrow().name()).isEqualTo("Democratic Republic of the Congo");
    assertThat(g.countryByCode("BLR").orElseThrow().officialName()).isEqualTo("Republic of Belarus");
  }

  @ParameterizedTest
  @CsvSource({
    "Belarusian, BLR", "Belarussian, BLR", "Vietnamese, VNM", "Zimbabwean, ZWE", "Kazakh, KAZ",
    "Kazakhstani, KAZ", "Kyrgyz, KGZ", "Filipino, PHL", "Philippine, PHL", "Emirati, ARE",
    "Saudi, SAU", "Sudanese, SDN", "Turkish, TUR", "Korean, KOR", "South Korean, KOR",
    "North Korean, PRK", "American, USA", "British, GBR", "Dutch, NLD", "Chinese, CHN",
    "Congolese, COD", "Dominican, DOM", "Ivorian, CIV", "Burkinabé, BFA", "Monégasque, MCO",
    "Franco, FRA", "Sino, CHN"
  })
  void resolvesDemonyms(String form, String iso3) {
    assertThat(g.demonym(form)).map(Country::iso3).contains(iso3);
  }

  @ParameterizedTest
  @CsvSource({
    "Hanoi, VNM, true", "Hà Nội, VNM, true", "Ha Noi, VNM, true", "HÀ NỘI, VNM, true",
    "Kyiv, UKR, true", "Kiev, UKR, true", "Beijing, CHN, true", "New Delhi, IND, true",
    "Ankara, TUR, true", "Minsk, BLR, true", "Harare, ZWE, true", "Ho Chi Minh City, VNM, false",
    "Saigon, VNM, false", "Sydney, AUS, false", "Shanghai, CHN, false", "Istanbul, TUR, false",
    "Cape Town, ZAF, false", "New York, USA, false", "Geneva, CHE, false", "Đà Nẵng, VNM, false",
    "Singapore, SGP, true", "Washington, USA, true"
  })
  void resolvesCities(String name, String iso3, boolean capital) {
    Place p = g.city(name).orElseThrow();
    assertThat(p.iso3()).isEqualTo(iso3);
    assertThat(p.capital()).isEqualTo(capital);
  }

  @Test
  void answersNothingForUnknownNames() {
    assertThat(g.country("Atlantis")).isEmpty();
    assertThat(g.country("")).isEmpty();
    assertThat(g.demonym("Martian")).isEmpty();
    assertThat(g.city("Gotham")).isEmpty();
    assertThat(g.office("Wizard")).isEmpty();
    assertThat(g.countryByCode("ZZ")).isEmpty();
  }

  @Test
  void isOneSharedInstance() {
    assertThat(Gazetteer.standard()).isSameAs(g);
    assertThat(g.countries()).extracting(Country::iso3).isSorted();
    assertThat(List.copyOf(g.cities())).isEqualTo(g.cities());
  }
}
