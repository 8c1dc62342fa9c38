package dev.dyad.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.Person;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeopleMergerTest {

  @Test
  void aFullNameWithoutCountryJoinsThePersonWhoHasOne() {
    List<Person> merged = PeopleMerger.merge(List.of(
        person("Kofi Mensah", Optional.empty(), "a"), person("Kofi Mensah", Optional.of("GHA"), "b")));
    assertThat(merged).singleElement().satisfies(p -> {
      assertThat(p.country()).contains("GHA");
      assertThat(p.evidence()).extracting(Evidence::article).containsExactly("a", "b");
    });
  }

  @Test
  void aSingleNameWithoutCountryStaysApart() {
    assertThat(PeopleMerger.merge(List.of(person("Mensah", Optional.empty(), "a"),
        person("Kofi Mensah", Optional.of("GHA"), "b")))).hasSize(2);
  }

  @Test
  void theSameNameInTwoCountriesIsTwoPeople() {
    assertThat(PeopleMerger.merge(List.of(person("Maria Silva", Optional.of("BRA"), "a"),
        person("Maria Silva", Optional.of("PRT"), "b")))).hasSize(2);
  }

  private static Person person(String name, Optional<String> country, String article) {
    String text = name + " spoke.";
    return new Person(name, List.of(), country, List.of(), List.of(new Evidence(article, 0, text.length(), text)));
  }
}
