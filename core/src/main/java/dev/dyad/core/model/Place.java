package dev.dyad.core.model;

import java.util.Objects;
import java.util.Optional;

/** Where an event took place: a city when the text names one, and its country (ISO alpha-3). */
public record Place(Optional<String> city, Optional<String> country) {
  public Place {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(country, "country");
  }

  public static Place country(String iso3) {
    return new Place(Optional.empty(), Optional.of(iso3));
  }
}
