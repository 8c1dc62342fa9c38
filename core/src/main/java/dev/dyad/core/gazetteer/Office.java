package dev.dyad.core.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * An office title in canonical form: "Foreign Minister", "Minister for Foreign Affairs" and "FM"
 * all give {@code ("Minister", MINISTER, 4, ["foreign affairs"])}.
 *
 * <p>{@code level} orders precedence: 1 head of state or party leader, 2 head of government,
 * 3 deputy head of government, vice president or speaker, 4 minister, 5 deputy minister,
 * ambassador, governor or mayor, 6 other officials. {@code portfolios} are canonical names from
 * {@code portfolios.tsv}, empty when the title names none, several for "Minister of Foreign
 * Affairs and International Cooperation".
 */
public record Office(String title, OfficeKind kind, int level, List<String> portfolios)
    implements GazetteerValue {
  public Office {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    portfolios = List.copyOf(portfolios);
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("level must be 1..6, was " + level);
    }
  }

  /** The first portfolio, or "" when the title names none. */
  public String portfolio() {
    return portfolios.isEmpty() ? "" : portfolios.get(0);
  }
}
