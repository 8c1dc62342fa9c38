package dev.dyad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Statistic;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticExtractorTest {
  private static final StatisticExtractor EXTRACTOR = new StatisticExtractor();

  private static List<String> extract(String published, String text) {
    return EXTRACTOR.extract(PlainArticles.of(published, text), PlainArticles.CHILE_GHANA).stream()
        .map(s -> s.metric() + " " + (long) s.value() + " " + s.unit() + " " + s.period()).toList();
  }

  @Test
  void positiveCases() {
    assertThat(extract("2021-10-20", """
        Two-way trade reached 310 million USD last year and 205 million USD in the first nine months of this year.
        In 2019, Ghana's exports to Chile were worth US$1.25bil (RM5.2bil).
        Between March and July 2021, bilateral trade stood at €87 million, compared to €80 million for the same period in 2020.""")).containsExactly(
        "trade_turnover 310000000 USD 2020",
        "trade_turnover 205000000 USD 2021-01/2021-09",
        "exports 1250000000 USD 2019",
        "trade_turnover 87000000 EUR 2021-03/2021-07",
        "trade_turnover 80000000 EUR 2020-03/2020-07");
  }

  @Test
  void negativeCases() {
    assertThat(extract("2021-10-20", """
        The ambassador handed over USD 200,000 in emergency aid last year.
        Trade between the two countries surpassed $2bn.
        The leaders aim to raise bilateral trade to $5 billion by 2025.""")).isEmpty();
  }

  @Test
  void readsGrowthRatesAsPercent() {
    assertThat(extract("2021-10-20", "In the first half of this year, trade between the countries grew by 12.5%."))
        .containsExactly("trade_growth 12 % 2021-01/2021-06");
  }

  @Test
  void readsAmountsWithTheirUnitWrittenEitherSide() {
    MoneyAmounts amounts = new MoneyAmounts();
    assertThat(amounts.find("Rs 5,000 crore, $3.5bn, 870 million euros and RMB 500,000"))
        .extracting(MoneyAmounts.Amount::value, MoneyAmounts.Amount::unit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5.0e10, "INR"),
            org.assertj.core.groups.Tuple.tuple(3.5e9, "USD"),
            org.assertj.core.groups.Tuple.tuple(8.7e8, "EUR"),
            org.assertj.core.groups.Tuple.tuple(5.0e5, "CNY"));
  }

  @Test
  void leavesRelativePeriodsOutWithoutAPublicationDate() {
    List<Statistic> found = EXTRACTOR.extract(
        PlainArticles.of(null, "Bilateral trade totalled $40 million last year."), PlainArticles.CHILE_GHANA);
    assertThat(found).isEmpty();
  }
}
