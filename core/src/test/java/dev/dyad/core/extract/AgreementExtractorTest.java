package dev.dyad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.PartialDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgreementExtractorTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.standard());

  private static List<Agreement> extract(String text) {
    return EXTRACTOR.extract(PlainArticles.of("2021-06-10", text), PlainArticles.CHILE_GHANA);
  }

  @Test
  void positiveCases() {
    List<Agreement> found = extract("""
        The ministers signed a visa waiver agreement for diplomatic passport holders on 3 May 2021.
        Leaders witnessed the signing of the sister-city programme to implement the agreement on friendship between Kumasi and Valparaiso in 2019.
        The Kumasi Metropolitan Assembly and the Valparaiso City Council sign a cooperation agreement for the 2020-2022 period on March 2, 2020.""");

    assertThat(found).extracting(Agreement::title).containsExactly(
        "visa waiver agreement for diplomatic passport holders",
        "sister-city programme to implement the agreement on friendship between Kumasi and Valparaiso",
        "cooperation agreement for the 2020-2022 period");
    assertThat(found).extracting(Agreement::signed).containsExactly(
        PartialDate.parse("2021-05-03"), PartialDate.parse("2019"), PartialDate.parse("2020-03-02"));
    assertThat(found.get(1).parties()).containsExactly("Kumasi", "Valparaiso");
    assertThat(found.get(2).parties()).containsExactly("Kumasi Metropolitan Assembly", "Valparaiso City Council");
    assertThat(found).allSatisfy(a -> assertThat(a.countries()).containsExactly("CHL", "GHA"));
  }

  @Test
  void negativeCases() {
    assertThat(extract("""
        "We always reach an agreement in the end," the minister said.
        The agreement was praised by both sides.
        They discussed agreements with private investors.""")).isEmpty();
  }

  @Test
  void readsTheEffectiveDateAfterTookEffect() {
    List<Agreement> found = extract(
        "The highlight was the signing of the visa exemption agreement for ordinary passport holders that took effect on 1 July 2021.");

    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.signed()).isEmpty();
      assertThat(a.effective()).isEqualTo(PartialDate.parse("2021-07-01"));
    });
  }

  @Test
  void givesNoSigningDateForAPlannedSigning() {
    List<Agreement> found = extract(
        "They agreed that the MoU on maritime search and rescue will be signed no later than June 2022.");

    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("MoU on maritime search and rescue");
      assertThat(a.kind()).contains("memorandum");
      assertThat(a.signed()).isEmpty();
    });
  }

  @Test
  void splitsPluralMemorandaByField() {
    List<Agreement> found = extract(
        "The leaders witnessed the exchange of two MoUs in the fields of fisheries, as well as higher education.");

    assertThat(found).extracting(Agreement::title)
        .containsExactly("MoU on fisheries", "MoU on higher education");
  }

  @Test
  void keepsAFreeTradeAgreementNamedWithoutAVerb() {
    List<Agreement> found = extract("Both are parties to the Pacific Alliance-Chile Free Trade Agreement (FTA).");

    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(Optional.of("free_trade_agreement"));
      assertThat(a.title()).contains("Free Trade Agreement");
    });
  }
}
