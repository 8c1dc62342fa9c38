package dev.dyad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Claim;
import dev.dyad.core.model.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<String> extract(String published, String text) {
    return EXTRACTOR.extract(PlainArticles.of(published, text), PlainArticles.CHILE_GHANA).stream()
        .map(c -> c.kind() + "=" + c.value()).toList();
  }

  @Test
  void positiveCases() {
    assertThat(extract("2021-06-10", """
        Since Chile and Ghana established diplomatic relations on 3 May 1971, ties have grown steadily.
        The legal framework of bilateral relations includes more than 40 intergovernmental agreements.
        Four regions of Chile have established sister relations with three out of sixteen regions of Ghana.
        Their strategic partnership, established in 2015, has deepened.""")).containsExactly(
        "relations_established=1971-05-03",
        "legal_instruments_count=more than 40",
        "locality_partnerships=4 regions of Chile have established sister relations with 3 of 16 regions of Ghana",
        "strategic_partnership_established=2015");
  }

  @Test
  void negativeCases() {
    assertThat(extract("2021-06-10", """
        Over the past 50 years since the two countries established diplomatic relations, trust has grown.
        The two sides signed 3 agreements on Tuesday.
        Chile has twelve regions.""")).isEmpty();
  }

  @Test
  void countsBackFromAnAnniversary() {
    assertThat(extract("2021-06-10", "This year marks the 50th anniversary of diplomatic relations between the two countries."))
        .containsExactly("relations_established=1971");
  }

  @Test
  void datesEachClaimByThePublicationMonth() {
    List<Claim> found = EXTRACTOR.extract(PlainArticles.of("2021-06-10",
        "The two sides have built a legal framework of about 25 documents."), PlainArticles.CHILE_GHANA);
    assertThat(found).singleElement().satisfies(c -> assertThat(c.asOf()).isEqualTo(PartialDate.parse("2021-06")));
  }
}
