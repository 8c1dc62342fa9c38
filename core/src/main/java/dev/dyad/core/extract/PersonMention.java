package dev.dyad.core.extract;

import dev.dyad.core.gazetteer.Office;
import java.util.Optional;

/**
 * A person named in a sentence, with what the sentence says of them: "Belarusian Prime Minister
 * Roman Golovchenko" gives the name, country BLR, office "Prime Minister"; "then Prime Minister"
 * sets {@code former}.
 */
record PersonMention(
    int sentence, int start, int end, String name, Optional<String> country,
    Optional<String> office, Optional<Office> officeValue, boolean former) {

  PersonMention withOffice(String text, Office value, boolean isFormer) {
    return new PersonMention(sentence, start, end, name, country, Optional.of(text), Optional.of(value), isFormer);
  }

  PersonMention withCountry(Optional<String> iso3) {
    return new PersonMention(sentence, start, end, name, iso3.or(() -> country), office, officeValue, former);
  }
}
