package dev.dyad.core.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeTest {

  private final Gazetteer g = Gazetteer.standard();

  private Office office(String title) {
    return g.office(title).orElseThrow(() -> new AssertionError("no office: " + title));
  }

  @ParameterizedTest
  @CsvSource({
    "Minister of Foreign Affairs, foreign affairs", "Foreign Minister, foreign affairs",
    "Minister for Foreign Affairs, foreign affairs", "External Affairs Minister, foreign affairs",
    "EAM, foreign affairs", "FM, foreign affairs", "Secretary of State, foreign affairs",
    "Minister of National Defence, defence", "Defence Minister, defence", "Defense Minister, defence",
    "Minister of Defense, defence", "Home Minister, home affairs",
    "Minister of Internal Affairs, home affairs", "Minister of Home Affairs, home affairs",
    "Minister of the Interior, home affairs", "Interior Minister, home affairs",
    "Trade Minister, trade", "Minister of Commerce, trade", "Finance Minister, finance",
    "Secretary of the Treasury, finance", "Health Minister, health"
  })
  void normalisesPortfolios(String title, String portfolio) {
    Office o = office(title);
    assertThat(o.kind()).isEqualTo(OfficeKind.MINISTER);
    assertThat(o.level()).isEqualTo(4);
    assertThat(o.portfolio()).isEqualTo(portfolio);
  }

  @Test
  void equatesTheFormsOfOneMinistry() {
    assertThat(office("Foreign Minister"))
        .isEqualTo(office("Minister of Foreign Affairs"))
        .isEqualTo(office("Minister for Foreign Affairs"))
        .isEqualTo(new Office("Minister", OfficeKind.MINISTER, 4, List.of("foreign affairs")));
    assertThat(office("Defence Minister")).isEqualTo(office("Minister of National Defence"))
        .isEqualTo(office("Defense Minister"));
  }

  @Test
  void readsCompoundPortfolios() {
    assertThat(office("Minister of Foreign Affairs and International Cooperation").portfolios())
        .containsExactly("foreign affairs", "international cooperation");
    assertThat(office("Minister of Labour, Invalids and Social Affairs").portfolio()).isEqualTo("labour");
  }

  @ParameterizedTest
  @CsvSource({
    "President, HEAD_OF_STATE, 1", "State President, HEAD_OF_STATE, 1", "Vice President, HEAD_OF_STATE, 3",
    "General Secretary, PARTY_LEADER, 1", "Party General Secretary, PARTY_LEADER, 1",
    "Secretary General of the Communist Party, PARTY_LEADER, 1",
    "Prime Minister, HEAD_OF_GOVERNMENT, 2", "PM, HEAD_OF_GOVERNMENT, 2", "Premier, HEAD_OF_GOVERNMENT, 2",
    "Chancellor, HEAD_OF_GOVERNMENT, 2", "First Minister, HEAD_OF_GOVERNMENT, 2",
    "Deputy Prime Minister, HEAD_OF_GOVERNMENT, 3", "Vice Premier, HEAD_OF_GOVERNMENT, 3",
    "First Deputy Prime Minister, HEAD_OF_GOVERNMENT, 3", "Dy PM, HEAD_OF_GOVERNMENT, 3",
    "Speaker, LEGISLATURE, 3", "Chairman of the National Assembly, LEGISLATURE, 3",
    "King, ROYAL, 1", "Emir, ROYAL, 1", "Crown Prince, ROYAL, 3", "Sheikh, ROYAL, 6",
    "Deputy Foreign Minister, DEPUTY_MINISTER, 5", "First Deputy Minister, DEPUTY_MINISTER, 5",
    "Vice Minister, DEPUTY_MINISTER, 5", "Minister of State, DEPUTY_MINISTER, 5",
    "State Minister, DEPUTY_MINISTER, 5", "Deputy FM, DEPUTY_MINISTER, 5",
    "Ambassador, AMBASSADOR, 5", "High Commissioner, AMBASSADOR, 5", "Chargé d'affaires, AMBASSADOR, 5",
    "Consul General, AMBASSADOR, 6", "Special Envoy, ENVOY, 5", "Governor, REGIONAL, 5",
    "Mayor, REGIONAL, 5", "Chairman of the Hanoi People's Committee, REGIONAL, 5",
    "Secretary (East), OTHER, 6", "Chief of General Staff, MILITARY, 5",
    "Senior Lieutenant General, MILITARY, 6", "Air Marshal, MILITARY, 6", "Colonel, MILITARY, 6"
  })
  void classifiesTitles(String title, OfficeKind kind, int level) {
    Office o = office(title);
    assertThat(o.kind()).as(title).isEqualTo(kind);
    assertThat(o.level()).as(title).isEqualTo(level);
  }

  @Test
  void keepsThePortfolioOfDeputies() {
    assertThat(office("Deputy Minister of Foreign Affairs").portfolio()).isEqualTo("foreign affairs");
    assertThat(office("Vice Foreign Minister")).isEqualTo(office("Deputy Minister of Foreign Affairs"));
    assertThat(office("Minister of State for External Affairs"))
        .isEqualTo(new Office("Minister of State", OfficeKind.DEPUTY_MINISTER, 5, List.of("foreign affairs")));
  }
}
