package dev.dyad.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.TimeMention.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimexValuesTest {

  private static String render(String value) {
    return TimexValues.read(value)
        .map(r -> r.kind() + " " + r.from() + r.to().map(t -> "/" + t).orElse(""))
        .orElse("none");
  }

  @Test
  void readsDaysMonthsAndYears() {
    assertThat(render("2023-12-08")).isEqualTo("POINT 2023-12-08");
    assertThat(render("2023-12-10TEV")).isEqualTo("POINT 2023-12-10");
    assertThat(render("2023-12")).isEqualTo("POINT 2023-12");
    assertThat(render("1957")).isEqualTo("POINT 1957");
  }

  @Test
  void readsWeeksQuartersHalvesAndDecadesAsPeriods() {
    assertThat(render("2019-W28")).isEqualTo("PERIOD 2019-07-08/2019-07-14");
    assertThat(render("2024-Q1")).isEqualTo("PERIOD 2024-01/2024-03");
    assertThat(render("2024-H2")).isEqualTo("PERIOD 2024-07/2024-12");
    assertThat(render("199X")).isEqualTo("PERIOD 1990/1999");
    assertThat(render("2023-01/2023-09")).isEqualTo("PERIOD 2023-01/2023-09");
  }

  @Test
  void readsNothingFromUnknownYearsOrReferences() {
    assertThat(render("XXXX-12-08")).isEqualTo("none");
    assertThat(render("******09")).isEqualTo("none");
    assertThat(render("PRESENT_REF")).isEqualTo("none");
    assertThat(render("2023-02-30")).isEqualTo("none");
  }

  @Test
  void findsMonthAndDayOfUnresolvedValues() {
    assertThat(TimexValues.monthDay("XXXX-12-08")).hasValueSatisfying(md -> {
      assertThat(md[0]).isEqualTo(12);
      assertThat(md[1]).isEqualTo(8);
    });
    assertThat(TimexValues.monthDay("XXXX-WXX-2")).isEmpty();
    assertThat(new TimexValues.Resolved(PartialDate.ofYear(2020), Optional.empty(), Kind.POINT).kind())
        .isEqualTo(Kind.POINT);
  }
}
