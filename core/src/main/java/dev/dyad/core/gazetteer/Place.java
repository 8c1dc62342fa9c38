package dev.dyad.core.gazetteer;

import java.util.Objects;

/** A city with the ISO alpha-3 code of its country, e.g. {@code ("Hanoi", "VNM", capital)}. */
public record Place(String name, String iso3, boolean capital) implements GazetteerValue {
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(iso3, "iso3");
  }
}
