package dev.dyad.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateAnchorTest {
  private static final LocalDate MONDAY = LocalDate.of(2022, 11, 28);

  @Test
  void futureWeekdayNamedOnThatDayIsToday() {
    // "On Monday, the president will arrive in Santiago" in Monday's paper
    assertThat(DateAnchor.weekday(MONDAY, DayOfWeek.MONDAY, Tense.FUTURE)).isEqualTo(MONDAY);
  }

  @Test
  void futureWeekdayIsTheNextOne() {
    assertThat(DateAnchor.weekday(MONDAY, DayOfWeek.FRIDAY, Tense.FUTURE)).isEqualTo(LocalDate.of(2022, 12, 2));
  }

  @Test
  void pastWeekdayIsTheLastOneOnOrBefore() {
    assertThat(DateAnchor.weekday(MONDAY, DayOfWeek.WEDNESDAY, Tense.PAST)).isEqualTo(LocalDate.of(2022, 11, 23));
    assertThat(DateAnchor.weekday(MONDAY, DayOfWeek.MONDAY, Tense.PAST)).isEqualTo(MONDAY);
  }

  @Test
  void weekdayWithoutTenseIsTheNearerOne() {
    // "ahead of Tuesday's session" in Monday's paper; "Friday's talks" in Monday's paper
    assertThat(DateAnchor.weekday(MONDAY, DayOfWeek.TUESDAY, Tense.UNKNOWN)).isEqualTo(LocalDate.of(2022, 11, 29));
    assertThat(DateAnchor.weekday(MONDAY, DayOfWeek.FRIDAY, Tense.UNKNOWN)).isEqualTo(LocalDate.of(2022, 11, 25));
    assertThat(DateAnchor.weekday(MONDAY, DayOfWeek.MONDAY, Tense.UNKNOWN)).isEqualTo(MONDAY);
  }
}
