package dev.dyad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventStatus;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningAgreementsTest {
  private static final Evidence EXCHANGE = sentence(0,
      "The ministers exchanged two memoranda of understanding on tourism and on fisheries.");
  private static final Evidence CAPTION = sentence(100, "The ministers after signing the Accra Accord.");

  @Test
  void oneSigningPerAgreementOfOneSentenceEachNamingIt() {
    List<Agreement> agreements = List.of(mou("MoU on tourism", EXCHANGE), mou("MoU on fisheries", EXCHANGE));
    SigningAgreements.Linked linked = SigningAgreements.link(List.of(signing(day(2025, 7, 7), List.of(EXCHANGE))), agreements);
    assertThat(linked.events()).extracting(e -> e.agreement().orElseThrow())
        .containsExactly("MoU on tourism", "MoU on fisheries");
    assertThat(linked.agreements()).allSatisfy(a -> assertThat(a.signed()).isEqualTo(day(2025, 7, 7)));
  }

  @Test
  void agreementsOfDifferentSentencesOfOneSigningDoNotMultiplyIt() {
    List<Agreement> agreements = List.of(mou("new partnership statement", EXCHANGE), mou("Accra Accord", CAPTION));
    SigningAgreements.Linked linked = SigningAgreements.link(
        List.of(signing(day(2025, 7, 7), List.of(EXCHANGE, CAPTION))), agreements);
    assertThat(linked.events()).hasSize(1);
    assertThat(linked.events().get(0).agreement()).contains("new partnership statement");
  }

  @Test
  void aSigningDatedBySeveralDaysDatesItsAgreementOnlyToTheMonth() {
    Event during = new Event(EventType.SIGNING, Optional.empty(), List.of("GHA", "TGO"), Optional.empty(), Optional.empty(),
        List.of(), day(2025, 7, 7), day(2025, 7, 8), Optional.empty(), EventStatus.OCCURRED, Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(EXCHANGE));
    SigningAgreements.Linked linked = SigningAgreements.link(List.of(during), List.of(mou("MoU on tourism", EXCHANGE)));
    assertThat(linked.agreements().get(0).signed()).contains(PartialDate.ofMonth(2025, 7));
  }

  private static Evidence sentence(int start, String text) {
    return new Evidence("a", start, start + text.length(), text);
  }

  private static Optional<PartialDate> day(int y, int m, int d) {
    return Optional.of(PartialDate.of(LocalDate.of(y, m, d)));
  }

  private static Event signing(Optional<PartialDate> start, List<Evidence> evidence) {
    return new Event(EventType.SIGNING, Optional.empty(), List.of("GHA", "TGO"), Optional.empty(), Optional.empty(),
        List.of(), start, Optional.empty(), Optional.empty(), EventStatus.OCCURRED, Optional.empty(), Optional.empty(),
        Optional.empty(), evidence);
  }

  private static Agreement mou(String title, Evidence from) {
    return new Agreement(title, Optional.of("memorandum"), List.of("GHA", "TGO"), List.of(), Optional.empty(),
        Optional.empty(), List.of(from));
  }
}
