package dev.dyad.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.TimeMention;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Dyad's date rules on hand-tagged sentences, with SUTime's readings written out as it gives
 * them (see the comments), so no model is loaded. Mentions render as "text=KIND from/to".
 */
class TimeNormalizerTest {
  /** A Monday. */
  private static final LocalDate DOC = LocalDate.of(2023, 12, 11);

  private static List<String> times(LocalDate doc, Tagged s, TimexCandidate... sutime) {
    return times(Optional.ofNullable(doc), s, sutime);
  }

  private static List<String> times(Optional<LocalDate> doc, Tagged s, TimexCandidate... sutime) {
    return new TimeNormalizer(doc).normalize(s.text(), 0, s.tokens(), Arrays.asList(sutime))
        .stream().map(TimeNormalizerTest::render).toList();
  }

  private static String render(TimeMention t) {
    return t.text() + "=" + t.kind() + " "
        + (t.isResolved() ? t.from().get() + t.to().map(x -> "/" + x).orElse("") : t.value());
  }

  @Test
  void readsMonthDayDayRangeInPastClause() {
    Tagged s = Tagged.of("The/DT envoys/NNS toured/VBD Hue/NNP from/IN March/NNP 3-5/CD ./.");
    // SUTime: "March" → 2023-03 and "3-5" → ******03/******05
    assertThat(times(DOC, s, s.timex("March", "2023-03"), s.timex("3-5", "******03/******05")))
        .containsExactly("March 3-5=RANGE 2023-03-03/2023-03-05");
  }

  @Test
  void readsDayDayMonthYearRange() {
    Tagged s = Tagged.of("Talks/NNS were/VBD held/VBN on/IN 3-5/CD March/NNP 2020/CD in/IN Lusaka/NNP");
    // SUTime: "3-5" NUMBER (no timex) and "March 2020" → 2020-03
    assertThat(times(DOC, s, s.timex("March 2020", "2020-03")))
        .containsExactly("3-5 March 2020=RANGE 2020-03-03/2020-03-05");
  }

  @Test
  void givesYearlessDayRangesTheYearOfTheTense() {
    Tagged past = Tagged.of("Deputies/NNS met/VBD on/IN 20-21/CD February/NNP in/IN Riga/NNP");
    assertThat(times(DOC, past)).containsExactly("20-21 February=RANGE 2023-02-20/2023-02-21");
    assertThat(times(LocalDate.of(2024, 1, 15), past))
        .containsExactly("20-21 February=RANGE 2023-02-20/2023-02-21");
    Tagged future = Tagged.of("The/DT forum/NN will/MD take/VB place/NN May/NNP 11-12/CD in/IN Dakar/NNP");
    assertThat(times(DOC, future)).containsExactly("May 11-12=RANGE 2024-05-11/2024-05-12");
    Tagged april = Tagged.of("The/DT summit/NN was/VBD held/VBN on/IN April/NNP 23-24/CD");
    assertThat(times(DOC, april)).containsExactly("April 23-24=RANGE 2023-04-23/2023-04-24");
  }

  @Test
  void readsFromToAndAndDayRanges() {
    Tagged to = Tagged.of("The/DT board/NN met/VBD from/IN 22/CD to/TO 23/CD November/NNP 2019/CD");
    // SUTime: "22" NUMBER and "23 November 2019" → 2019-11-23
    assertThat(times(DOC, to, to.timex("23 November 2019", "2019-11-23")))
        .containsExactly("22 to 23 November 2019=RANGE 2019-11-22/2019-11-23");
    Tagged and = Tagged.of("Leaders/NNS met/VBD on/IN 28/CD and/CC 29/CD November/NNP 2024/CD");
    assertThat(times(DOC, and, and.timex("29 November 2024", "2024-11-29")))
        .containsExactly("28 and 29 November 2024=RANGE 2024-11-28/2024-11-29");
  }

  @Test
  void readsRangesAcrossMonths() {
    Tagged s = Tagged.of("The/DT fair/NN ran/VBD 30/CD November/NNP -/HYPH 2/CD December/NNP 2023/CD");
    assertThat(times(DOC, s)).containsExactly(
        "30 November - 2 December 2023=RANGE 2023-11-30/2023-12-02");
  }

  @Test
  void keepsTwoSeparateDaysApart() {
    Tagged s = Tagged.of("They/PRP met/VBD on/IN 3/CD and/CC 5/CD March/NNP 2021/CD");
    assertThat(times(DOC, s, s.timex("5 March 2021", "2021-03-05")))
        .containsExactly("5 March 2021=POINT 2021-03-05");
  }

  @Test
  void dropsOrdinalsOfSessions() {
    Tagged s = Tagged.of("The/DT commission/NN held/VBD its/PRP$ 9th/JJ session/NN and/CC the/DT"
        + " 4th/JJ political/JJ consultation/NN");
    // SUTime sometimes reads "9th" as the 9th day of some month
    assertThat(times(DOC, s, s.timex("9th", "******09"), s.timex("4th", "XXXX-XX-04"))).isEmpty();
  }

  @Test
  void readsSpansOfMonths() {
    Tagged s = Tagged.of("Trade/NN grew/VBD 9/CD percent/NN in/IN January-June/NNP");
    assertThat(times(DOC, s)).containsExactly("January-June=PERIOD 2023-01/2023-06");
    // published in March 2024, "January-June" is last year's first half
    assertThat(times(LocalDate.of(2024, 3, 5), s)).containsExactly("January-June=PERIOD 2023-01/2023-06");
    Tagged between = Tagged.of("Exports/NNS rose/VBD between/IN January/NNP and/CC October/NNP 2024/CD");
    assertThat(times(DOC, between, between.timex("January", "2023-01"),
        between.timex("October", "2024-10"), between.timex("2024", "2024-10")))
        .containsExactly("between January and October 2024=PERIOD 2024-01/2024-10");
  }

  @Test
  void doesNotReadTwoListedMonthsAsASpan() {
    Tagged s = Tagged.of("Envoys/NNS met/VBD in/IN January/NNP and/CC March/NNP 2022/CD");
    assertThat(times(DOC, s)).isEmpty();
  }

  @Test
  void readsFirstMonthsAndHalvesOfTheYear() {
    Tagged nine = Tagged.of("Trade/NN reached/VBD $/$ 2/CD billion/CD in/IN the/DT first/JJ nine/CD"
        + " months/NNS of/IN this/DT year/NN");
    // SUTime: "the first nine months of this year" → alt 2023 INTERSECT P9M, no value
    assertThat(times(DOC, nine, nine.timex("the first nine months of this year", "DATE", "",
        "2023 INTERSECT P9M")))
        .containsExactly("the first nine months of this year=PERIOD 2023-01/2023-09");
    Tagged eight = Tagged.of("in/IN the/DT first/JJ eight/CD months/NNS of/IN the/DT current/JJ year/NN");
    assertThat(times(DOC, eight))
        .containsExactly("the first eight months of the current year=PERIOD 2023-01/2023-08");
    Tagged half = Tagged.of("Imports/NNS fell/VBD in/IN the/DT second/JJ half/NN of/IN the/DT year/NN");
    assertThat(times(DOC, half, half.timex("the second half of", "******02"),
        half.timex("the year", "2023")))
        .containsExactly("the second half of the year=PERIOD 2023-07/2023-12");
    Tagged quarter = Tagged.of("in/IN the/DT first/JJ quarter/NN of/IN 2022/CD");
    assertThat(times(DOC, quarter)).containsExactly("the first quarter of 2022=PERIOD 2022-01/2022-03");
  }

  @Test
  void readsLastYearAsAPeriod() {
    Tagged s = Tagged.of("Trade/NN doubled/VBD last/JJ year/NN");
    assertThat(times(DOC, s, s.timex("last year", "2022"))).containsExactly("last year=PERIOD 2022");
  }

  @Test
  void resolvesWeekdaysByTheirOwnVerb() {
    Tagged s = Tagged.of("The/DT premier/NN arrived/VBD in/IN Quito/NNP on/IN Sunday/NNP evening/NN"
        + " and/CC will/MD meet/VB the/DT president/NN on/IN Tuesday/NNP ./.");
    // SUTime guessed the whole sentence as future: Sunday → the next Sunday
    assertThat(times(DOC, s, s.timex("Sunday evening", "TIME", "2023-12-17TEV", ""),
        s.timex("Tuesday", "2023-12-12")))
        .containsExactly("Sunday evening=POINT 2023-12-10", "Tuesday=POINT 2023-12-12");
  }

  @Test
  void resolvesExpectedVisitsForward() {
    Tagged s = Tagged.of("The/DT minister/NN said/VBD on/IN Thursday/NNP that/IN he/PRP is/VBZ"
        + " expected/VBN to/TO visit/VB Tunis/NNP on/IN Friday/NNP");
    assertThat(times(DOC, s, s.timex("Thursday", "2023-12-07"), s.timex("Friday", "2023-12-08")))
        .containsExactly("Thursday=POINT 2023-12-07", "Friday=POINT 2023-12-15");
  }

  @Test
  void resolvesPastWeekdayToTheSameDay() {
    Tagged s = Tagged.of("Ministers/NNS met/VBD on/IN Monday/NNP");
    assertThat(times(DOC, s, s.timex("Monday", "2023-12-11"))).containsExactly("Monday=POINT 2023-12-11");
  }

  @Test
  void keepsSutimeForDayWordsAndPresentTense() {
    Tagged s = Tagged.of("He/PRP met/VBD the/DT envoy/NN today/NN and/CC says/VBZ on/IN Monday/NNP");
    assertThat(times(DOC, s, s.timex("today", "2023-12-11"), s.timex("Monday", "2023-12-11")))
        .containsExactly("today=POINT 2023-12-11", "Monday=POINT 2023-12-11");
  }

  @Test
  void givesMonthDaysTheYearConsistentWithTense() {
    Tagged past = Tagged.of("The/DT accord/NN was/VBD signed/VBN on/IN December/NNP 28/CD");
    // published 2024-01-05, SUTime reads "December 28" as 2024-12-28, after the article
    assertThat(times(LocalDate.of(2024, 1, 5), past, past.timex("December 28", "2024-12-28")))
        .containsExactly("December 28=POINT 2023-12-28");
    Tagged future = Tagged.of("They/PRP will/MD meet/VB on/IN January/NNP 5/CD");
    assertThat(times(DOC, future, future.timex("January 5", "2024-01-05")))
        .containsExactly("January 5=POINT 2024-01-05");
    Tagged pastJan = Tagged.of("They/PRP met/VBD on/IN January/NNP 5/CD");
    assertThat(times(DOC, pastJan, pastJan.timex("January 5", "2024-01-05")))
        .containsExactly("January 5=POINT 2023-01-05");
    Tagged dateline = Tagged.of("LIMA/NNP (/-LRB- Dec/NNP 16/CD )/-RRB-");
    assertThat(times(LocalDate.of(2024, 12, 17), dateline, dateline.timex("Dec 16", "2024-12-16")))
        .containsExactly("Dec 16=POINT 2024-12-16");
  }

  @Test
  void prefersThePastForMonthDaysOfUnknownTense() {
    Tagged s = Tagged.of("Thanks/NNS for/IN sharing/VBG the/DT May/NNP 9/CD celebrations/NNS");
    assertThat(times(LocalDate.of(2025, 11, 18), s, s.timex("May 9", "2025-05-09")))
        .containsExactly("May 9=POINT 2025-05-09");
    Tagged soon = Tagged.of("Thanks/NNS for/IN the/DT January/NNP 5/CD gala/NN");
    assertThat(times(DOC, soon, soon.timex("January 5", "2024-01-05")))
        .containsExactly("January 5=POINT 2024-01-05");
  }

  @Test
  void givesBareMonthsTheYearOfTheTense() {
    Tagged future = Tagged.of("The/DT king/NN will/MD visit/VB Oslo/NNP in/IN April/NNP");
    assertThat(times(DOC, future, future.timex("April", "2023-04"))).containsExactly("April=POINT 2024-04");
    Tagged past = Tagged.of("The/DT king/NN visited/VBD Oslo/NNP in/IN December/NNP");
    assertThat(times(LocalDate.of(2024, 2, 1), past, past.timex("December", "2024-12")))
        .containsExactly("December=POINT 2023-12");
  }

  @Test
  void leavesYearlessDatesUnresolvedWithoutADocumentDate() {
    Tagged s = Tagged.of("The/DT accord/NN was/VBD signed/VBN on/IN December/NNP 8/CD ,/, in/IN"
        + " December/NNP 2023/CD and/CC from/IN March/NNP 3-5/CD on/IN Tuesday/NNP");
    assertThat(times((LocalDate) null, s, s.timex("December 8", "XXXX-12-08"),
        s.timex("December 2023", "2023-12"), s.timex("Tuesday", "XXXX-WXX-2")))
        .containsExactly("December 8=RELATIVE_UNRESOLVED XXXX-12-08",
            "December 2023=POINT 2023-12",
            "March 3-5=RELATIVE_UNRESOLVED XXXX-03-03/XXXX-03-05",
            "Tuesday=RELATIVE_UNRESOLVED XXXX-WXX-2");
  }

  @Test
  void resolvesExplicitYearsWithoutADocumentDate() {
    Tagged s = Tagged.of("Ties/NNS were/VBD set/VBN up/RP in/IN 1957/CD and/CC talks/NNS held/VBN"
        + " on/IN 3-5/CD March/NNP 2020/CD");
    assertThat(times((LocalDate) null, s, s.timex("1957", "1957"), s.timex("March 2020", "2020-03")))
        .containsExactly("1957=POINT 1957", "3-5 March 2020=RANGE 2020-03-03/2020-03-05");
    Tagged rel = Tagged.of("Trade/NN doubled/VBD last/JJ year/NN and/CC in/IN the/DT first/JJ"
        + " nine/CD months/NNS of/IN this/DT year/NN");
    assertThat(times((LocalDate) null, rel, rel.timex("last year", "DATE", "", "THIS P1Y OFFSET P-1Y")))
        .containsExactly("last year=RELATIVE_UNRESOLVED THIS P1Y OFFSET P-1Y",
            "the first nine months of this year=RELATIVE_UNRESOLVED XXXX-01/XXXX-09");
  }

  @Test
  void dropsDurationsAndVagueReferences() {
    Tagged s = Tagged.of("The/DT visit/NN lasted/VBD three/CD days/NNS and/CC ties/NNS are/VBP strong/JJ now/RB");
    assertThat(times(DOC, s, s.timex("three days", "DURATION", "P3D", ""),
        s.timex("now", "DATE", "PRESENT_REF", ""))).isEmpty();
  }

  @Test
  void placesMentionsAtTheSentenceOffset() {
    Tagged s = Tagged.of("Leaders/NNS met/VBD on/IN 28/CD and/CC 29/CD November/NNP 2024/CD");
    TimeMention t = new TimeNormalizer(Optional.of(DOC))
        .normalize(s.text(), 100, shift(s, 100), List.of()).get(0);
    assertThat(t.start()).isEqualTo(100 + s.text().indexOf("28"));
    assertThat(t.end()).isEqualTo(100 + s.text().length());
  }

  private static List<dev.dyad.core.model.Token> shift(Tagged s, int by) {
    return s.tokens().stream().map(t -> new dev.dyad.core.model.Token(
        t.word(), t.lemma(), t.pos(), t.ner(), t.start() + by, t.end() + by)).toList();
  }
}
