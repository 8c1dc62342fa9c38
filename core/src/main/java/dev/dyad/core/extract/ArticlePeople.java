package dev.dyad.core.extract;

import dev.dyad.core.gazetteer.Office;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people of one article: its person mentions grouped so that "Nguyễn Phú Trọng", "Trọng" and
 * "General Secretary Trọng" are one person, and "R. Golovchenko" is "Roman Golovchenko", while two
 * people who share a family name stay apart when their other names or countries differ.
 */
final class ArticlePeople {

  /** One person of the article and every mention of them. */
  static final class Entity {
    private final List<PersonMention> mentions = new ArrayList<>();
    private final Set<String> words = new LinkedHashSet<>();
    private final java.util.Map<String, Set<String>> keyWordsOf = new java.util.HashMap<>();
    private String country;
    private String name;

    void add(PersonMention m) {
      mentions.add(m);
      Set<String> keys = keyWordsOf.computeIfAbsent(m.name(), NameWords::keyWords);
      words.addAll(keys);
      if (country == null && m.country().isPresent()) {
        country = m.country().get();
      }
      if (name == null || keys.size() > keyWordsOf.get(name).size()
          || keys.size() == keyWordsOf.get(name).size() && m.name().length() > name.length()) {
        name = m.name();
      }
    }

    List<PersonMention> mentions() {
      return List.copyOf(mentions);
    }

    /** The fullest form of the name: most words, then longest (kept as mentions are added). */
    String name() {
      return name;
    }

    /** Every other form the name was written in. */
    List<String> aliases() {
      String name = name();
      return mentions.stream().map(PersonMention::name).filter(n -> !n.equals(name)).distinct().toList();
    }

    Optional<String> country() {
      return Optional.ofNullable(country);
    }

    /** The family words of every form of the name. */
    Set<String> familyWords() {
      Set<String> out = new java.util.HashSet<>();
      keyWordsOf.keySet().forEach(n -> out.add(NameWords.familyWord(n)));
      return out;
    }

    void assumeCountry(String iso3) {
      if (country == null) {
        country = iso3;
      }
    }

    /** The office of the highest rank the article gives this person, as written. */
    Optional<PersonMention> officeMention() {
      return mentions.stream().filter(m -> m.officeValue().isPresent())
          .min(Comparator.comparingInt((PersonMention m) -> m.officeValue().map(Office::level).orElse(9))
              .thenComparingInt(m -> -m.office().get().length()));
    }
  }

  private final List<Entity> entities;
  private final Map<PersonMention, Entity> byMention;

  private ArticlePeople(List<Entity> entities, Map<PersonMention, Entity> byMention) {
    this.entities = entities;
    this.byMention = byMention;
  }

  static ArticlePeople resolve(Collection<PersonMention> mentions) {
    List<PersonMention> ordered = new ArrayList<>(mentions);
    // Full names first, so that short forms find the person they abbreviate.
    ordered.sort(Comparator.comparingInt((PersonMention m) -> -NameWords.keyWords(m.name()).size())
        .thenComparingInt(PersonMention::sentence).thenComparingInt(PersonMention::start));
    List<Entity> entities = new ArrayList<>();
    Map<PersonMention, Entity> byMention = new IdentityHashMap<>();
    for (PersonMention m : ordered) {
      Entity e = entities.stream().filter(x -> sameperson(x, m)).findFirst().orElse(null);
      if (e == null) {
        e = new Entity();
        entities.add(e);
      }
      e.add(m);
      byMention.put(m, e);
    }
    return new ArticlePeople(entities, byMention);
  }

  private static boolean sameperson(Entity e, PersonMention m) {
    Set<String> words = NameWords.keyWords(m.name());
    if (words.isEmpty() || !e.words.containsAll(words)) {
      return false;
    }
    if (m.country().isPresent() && e.country().isPresent() && !m.country().equals(e.country())) {
      return false;
    }
    // "King Salman" is not "Crown Prince Mohamed bin Salman": royals of one house share names, never titles
    if (isRoyal(m.officeValue()) && isRoyal(e.officeMention().flatMap(PersonMention::officeValue))
        && !m.officeValue().get().title().equals(e.officeMention().get().officeValue().get().title())) {
      return false;
    }
    String family = NameWords.familyWord(m.name());
    boolean familyShared = e.familyWords().contains(family)
        || words.size() == 1 && e.words.contains(family);
    if (!familyShared) {
      return false;
    }
    List<Character> initials = NameWords.initials(m.name());
    if (!initials.isEmpty()) {
      String first = e.words.iterator().next();
      return initials.get(0) == first.charAt(0) || e.words.size() == words.size();
    }
    return true;
  }

  private static boolean isRoyal(java.util.Optional<Office> office) {
    return office.filter(o -> o.kind() == dev.dyad.core.gazetteer.OfficeKind.ROYAL).isPresent();
  }

  Entity of(PersonMention m) {
    return byMention.get(m);
  }

  List<Entity> entities() {
    return List.copyOf(entities);
  }
}
