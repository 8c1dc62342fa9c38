package dev.dyad.core.profile;

import dev.dyad.core.model.Event;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.OfficeHolding;
import dev.dyad.core.model.Participant;
import dev.dyad.core.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The officials of a pair: everyone of either country who took part in one of its events, as the
 * resolved people know them (all their offices, with dates) and evidenced by those events'
 * sentences, plus people whose own evidence lies in the pair's articles. A participant the people
 * list lacks becomes a person of their own, holding the office the event gives as of its date.
 */
final class Officials {
  private Officials() {}

  static List<Person> of(List<Person> people, List<Event> events, List<String> pair, Set<String> pairArticles) {
    Map<String, Person> byKey = new LinkedHashMap<>();
    Map<String, Set<Evidence>> evidence = new LinkedHashMap<>();
    for (Event e : events) {
      for (Participant p : e.participants()) {
        if (p.country().isEmpty() || !pair.contains(p.country().get())) {
          continue;
        }
        Optional<Person> known = find(people, p.name());
        Optional<OfficeHolding> office = p.office().map(o -> new OfficeHolding(o, e.start(), false));
        String key = key(known.map(Person::name).orElse(p.name()));
        Person person = known.orElseGet(() -> byKey.containsKey(key) ? withOffices(byKey.get(key), office)
            : new Person(p.name(), List.of(), p.country(), office.stream().toList(), List.of()));
        byKey.put(key, person);
        evidence.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(e.evidence());
      }
    }
    for (Person p : people) {
      List<Evidence> own = p.evidence().stream().filter(x -> pairArticles.contains(x.article())).toList();
      if (!own.isEmpty() && p.country().isPresent() && pair.contains(p.country().get())) {
        byKey.putIfAbsent(key(p.name()), p);
        evidence.computeIfAbsent(key(p.name()), k -> new LinkedHashSet<>()).addAll(own);
      }
    }
    List<Person> out = new ArrayList<>();
    byKey.forEach((key, p) -> out.add(new Person(p.name(), p.aliases(), p.country(), p.offices(),
        List.copyOf(evidence.get(key)))));
    return out;
  }

  private static Optional<Person> find(List<Person> people, String name) {
    String k = key(name);
    return people.stream().filter(p -> key(p.name()).equals(k) || p.aliases().stream().anyMatch(a -> key(a).equals(k))).findFirst();
  }

  private static Person withOffices(Person p, Optional<OfficeHolding> extra) {
    if (extra.isEmpty() || p.offices().stream().anyMatch(o -> o.office().equals(extra.get().office()))) {
      return p;
    }
    List<OfficeHolding> offices = new ArrayList<>(p.offices());
    offices.add(extra.get());
    return new Person(p.name(), p.aliases(), p.country(), offices, p.evidence());
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
