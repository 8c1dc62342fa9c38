package dev.dyad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.model.Sentence;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {
  private static final Set<String> HEADS = Set.of("consultation", "commission", "committee", "council", "dialogue");

  @Test
  void positiveCasesReadShortNamesDefinedAfterAMechanism() {
    Set<String> found = Abbreviations.of(List.of(
        sentence("Ghana and Togo held the third round of Political Consultations (PCs) in Lome."),
        sentence("The Ghana-Togo Permanent Joint Commission for Cooperation (PJCC) meets every two years.")), HEADS);
    assertThat(found).containsExactlyInAnyOrder("PC", "PJCC");
    assertThat(Abbreviations.isOne("PCs", found)).isTrue();
    assertThat(Abbreviations.isOne("PJCC", found)).isTrue();
  }

  @Test
  void negativeCasesIgnoreShortNamesOfOtherBodies() {
    Set<String> found = Abbreviations.of(List.of(
        sentence("The World Health Organization (WHO) praised the vaccination drive."),
        sentence("Both are members of the Economic Community of West African States (ECOWAS).")), HEADS);
    assertThat(found).isEmpty();
  }

  private static SentenceContext sentence(String text) {
    return SentenceContext.of(0, new Sentence(0, text.length(), text, 1, List.of(), List.of(), List.of()),
        Gazetteer.standard(), false);
  }
}
