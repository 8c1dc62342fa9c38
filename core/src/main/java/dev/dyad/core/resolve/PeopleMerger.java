package dev.dyad.core.resolve;

import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.OfficeHolding;
import dev.dyad.core.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges the people of several articles: one record per person however the name is written
 * ({@link PersonNames}), never across countries (a full name without one joins the person who has
 * it); aliases, offices and evidence are united.
 */
public final class PeopleMerger {
  private PeopleMerger() {}

  public static List<Person> merge(List<Person> people) {
    List<Person> out = new ArrayList<>();
    for (Person p : people) {
      int same = -1;
      for (int i = 0; i < out.size() && same < 0; i++) {
        Person q = out.get(i);
        boolean sameName = PersonNames.same(q.name(), p.name()) || q.aliases().stream().anyMatch(a -> PersonNames.same(a, p.name()));
        if (sameName && (q.country().equals(p.country()) || countryUntold(q, p))) {
          same = i;
        }
      }
      if (same < 0) {
        out.add(p);
      } else {
        out.set(same, combine(out.get(same), p));
      }
    }
    return out;
  }

  /**
   * One article names "Anthony Albanese" with no country, another as Australia's prime minister:
   * a full name (two words or more) the first leaves without a country is the second's person.
   */
  private static boolean countryUntold(Person a, Person b) {
    return (a.country().isEmpty() || b.country().isEmpty())
        && Math.min(PersonNames.words(a.name()).size(), PersonNames.words(b.name()).size()) >= 2;
  }

  private static Person combine(Person a, Person b) {
    String name = PersonNames.fuller(a.name(), b.name());
    Set<String> aliases = new LinkedHashSet<>();
    for (String n : List.of(a.name(), b.name())) {
      if (!n.equals(name)) {
        aliases.add(n);
      }
    }
    aliases.addAll(a.aliases());
    aliases.addAll(b.aliases());
    aliases.remove(name);
    Set<OfficeHolding> offices = new LinkedHashSet<>(a.offices());
    offices.addAll(b.offices());
    Set<Evidence> evidence = new LinkedHashSet<>(a.evidence());
    evidence.addAll(b.evidence());
    return new Person(name, List.copyOf(aliases), a.country().or(b::country), List.copyOf(offices), List.copyOf(evidence));
  }
}
