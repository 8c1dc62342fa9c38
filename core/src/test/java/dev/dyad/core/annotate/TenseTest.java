package dev.dyad.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenseTest {

  private static Tense tenseOf(String tagged, String span) {
    Tagged s = Tagged.of(tagged);
    int at = s.text().indexOf(span);
    return Tense.governing(s.tokens(), at, at + span.length());
  }

  @Test
  void readsEachWeekdayOfAMixedTenseSentenceFromItsOwnVerb() {
    String s = "The/DT premier/NN arrived/VBD in/IN Quito/NNP on/IN Sunday/NNP and/CC will/MD"
        + " meet/VB the/DT president/NN on/IN Tuesday/NNP ./.";
    assertThat(tenseOf(s, "Sunday")).isEqualTo(Tense.PAST);
    assertThat(tenseOf(s, "Tuesday")).isEqualTo(Tense.FUTURE);
  }

  @Test
  void readsPlansAsFuture() {
    assertThat(tenseOf("She/PRP is/VBZ expected/VBN to/TO visit/VB Rabat/NNP on/IN Friday/NNP",
        "Friday")).isEqualTo(Tense.FUTURE);
    assertThat(tenseOf("He/PRP is/VBZ scheduled/VBN to/TO arrive/VB on/IN Friday/NNP", "Friday"))
        .isEqualTo(Tense.FUTURE);
  }

  @Test
  void readsPassiveAndPerfectAsPast() {
    assertThat(tenseOf("Talks/NNS were/VBD held/VBN on/IN Monday/NNP", "Monday"))
        .isEqualTo(Tense.PAST);
    assertThat(tenseOf("The/DT sides/NNS have/VBP agreed/VBN on/IN Monday/NNP", "Monday"))
        .isEqualTo(Tense.PAST);
  }

  @Test
  void looksAfterAnOpeningTimeExpression() {
    assertThat(tenseOf("On/IN Tuesday/NNP ,/, the/DT envoys/NNS will/MD meet/VB", "Tuesday"))
        .isEqualTo(Tense.FUTURE);
  }

  @Test
  void leavesPresentAndConditionalUnknown() {
    assertThat(tenseOf("He/PRP says/VBZ on/IN Monday/NNP", "Monday")).isEqualTo(Tense.UNKNOWN);
    assertThat(tenseOf("He/PRP would/MD travel/VB on/IN Monday/NNP", "Monday"))
        .isEqualTo(Tense.UNKNOWN);
  }
}
