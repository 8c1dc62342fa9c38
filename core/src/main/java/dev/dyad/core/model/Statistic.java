package dev.dyad.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A figure about a country pair for a period: what it measures, its value and unit (an ISO 4217
 * currency code, or "%" for growth rates) and the period as an ISO year or month interval.
 *
 * <p>Example: "two-way trade reached 2.1 billion euros in the first half of 2021" gives metric
 * "trade_turnover", value 2.1E9, unit "EUR", period "2021-01/2021-06".
 */
public record Statistic(
    String metric, List<String> countries, double value, String unit, String period, List<Evidence> evidence) {
  public Statistic {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
    countries = countries.stream().sorted().toList();
    evidence = List.copyOf(evidence);
    if (countries.size() != 2 || Double.isNaN(value) || period.isBlank()) {
      throw new IllegalArgumentException("bad statistic " + metric + " " + value + " " + period + countries);
    }
  }
}
