package dev.dyad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.model.Mechanism;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MechanismExtractorTest {
  private static final MechanismExtractor EXTRACTOR = new MechanismExtractor(Gazetteer.standard());

  private static List<Mechanism> extract(String text) {
    return EXTRACTOR.extract(PlainArticles.of("2021-06-10", text), PlainArticles.CHILE_GHANA);
  }

  @Test
  void positiveCases() {
    List<Mechanism> found = extract("""
        Ministers opened the 3rd session of the Chile – Ghana Joint Commission on Trade and Economic Cooperation in Accra.
        The two sides held political consultations at the vice-minister level in Santiago.
        They co-chaired the 5th Chile-Ghana Foreign Ministers' Strategic Dialogue.""");

    assertThat(found).extracting(Mechanism::name).containsExactly(
        "Joint Commission on Trade and Economic Cooperation", "political consultations",
        "Foreign Ministers' Strategic Dialogue");
    assertThat(found).allSatisfy(m -> assertThat(m.countries()).containsExactly("CHL", "GHA"));
    assertThat(found.get(1).level()).contains("vice-minister level");
    assertThat(found.get(0).evidence().get(0).text()).startsWith("Ministers opened");
  }

  @Test
  void negativeCases() {
    assertThat(extract("""
        The committee will meet again next year.
        He addressed the Standing Committee of the National Assembly.
        The Commission on Monday approved the budget.
        Political consultations are an important channel, she said.""")).isEmpty();
  }

  @Test
  void mergesSpellingsOfOneMechanismInAnArticle() {
    List<Mechanism> found = extract("""
        The Intergovernmental Committee for Economic-Trade and Scientific-Technical Cooperation met in May.
        The Intergovernmental Committee for Economic, Trade and Scientific - Technological Cooperation will meet again.""");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).evidence()).hasSize(2);
  }

  @Test
  void takesThePairFromTheNameOverTheArticleDyad() {
    List<Mechanism> found = extract("The first session of the Peru-Ecuador cooperation commission took place in Quito.");

    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.name()).isEqualTo("cooperation commission");
      assertThat(m.countries()).containsExactly("ECU", "PER");
    });
  }

  @Test
  void keepsAnAliasInBracketsAndDropsASessionNoun() {
    List<Mechanism> found = extract("""
        The 9th Ghana-Chile Bi-National Commission (BNC) opened on Monday.
        Ghana-Chile Bi-National Commission Meeting Opens In Accra""");

    assertThat(found).extracting(Mechanism::name).containsExactly("Bi-National Commission (BNC)");
  }

  @Test
  void needsADyadWhenTheNameHasNoPair() {
    assertThat(EXTRACTOR.extract(PlainArticles.of("2021-06-10", "They attended the Annual Consultation."),
        Optional.empty())).isEmpty();
  }
}
