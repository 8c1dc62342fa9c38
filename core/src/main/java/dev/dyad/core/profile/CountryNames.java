package dev.dyad.core.profile;

import dev.dyad.core.gazetteer.Country;
import dev.dyad.core.gazetteer.Gazetteer;
import java.util.Optional;

/**
 * Reads the country a user means: an ISO code ("VNM", "vn") or a name in any case and with or
 * without diacritics ("Vietnam", "Việt Nam", "belarus").
 */
public final class CountryNames {
  private final Gazetteer gazetteer;

  public CountryNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Optional<Country> find(String nameOrCode) {
    if (nameOrCode == null || nameOrCode.isBlank()) {
      return Optional.empty();
    }
    String s = nameOrCode.strip();
    Optional<Country> byCode = s.matches("[A-Za-z]{2,3}") ? gazetteer.countryByCode(s) : Optional.empty();
    return byCode.or(() -> gazetteer.country(s));
  }
}
