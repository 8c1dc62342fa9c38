package dev.dyad.core.gazetteer;

import java.util.Objects;

/**
 * A country or territory of ISO 3166-1 (plus Kosovo, XK/XKX), e.g. {@code VNM, VN, "Vietnam",
 * "Socialist Republic of Viet Nam"}.
 */
public record Country(String iso3, String iso2, String name, String officialName)
    implements GazetteerValue {
  public Country {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(officialName, "officialName");
    if (iso3.length() != 3 || iso2.length() != 2) {
      throw new IllegalArgumentException("ISO codes must have 3 and 2 letters: " + iso3 + ", " + iso2);
    }
  }
}
