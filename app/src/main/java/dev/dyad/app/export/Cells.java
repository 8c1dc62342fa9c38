package dev.dyad.app.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How the CSV export writes a value in one cell: lists joined with {@code "; "}, missing values
 * empty, numbers in plain notation ({@code 114000000}, not {@code 1.14E8}) for spreadsheets.
 */
final class Cells {
  static final String SEPARATOR = "; ";

  private Cells() {}

  static String list(List<?> values) {
    return String.join(SEPARATOR, values.stream().map(Object::toString).toList());
  }

  static String of(Optional<?> value) {
    return value.map(Object::toString).orElse(null);
  }

  static String number(double value) {
    if (Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
