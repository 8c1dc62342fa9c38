package dev.dyad.core.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer of Dyad: every country (ISO 3166-1 and Kosovo), its demonyms, capitals and large
 * cities, and the office titles of diplomatic news, with lookups and a {@link #find phrase finder}.
 *
 * <p>Lookups fold case, diacritics and punctuation ("VIỆT NAM", "Viet Nam" and "Vietnam" are one
 * key) and ignore the case rules of running text. {@link #find} applies those rules. Immutable and
 * thread-safe; {@link #standard()} loads the bundled data once, on first use (about 1 s cold, mostly ICU start-up).
 */
public final class Gazetteer {

  private final Map<String, Country> countries;
  private final Map<String, List<String>> demonyms;
  private final List<Place> places;
  private final PhraseTrie<NameEntry> names;
  private final OfficeMatcher offices;
  private final PhraseFinder finder;

  Gazetteer(Map<String, Country> countries, Map<String, List<String>> demonyms, List<Place> places,
      PhraseTrie<NameEntry> names, OfficeMatcher offices) {
    this.countries = Map.copyOf(countries);
    this.demonyms = Map.copyOf(demonyms.entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()))));
    this.places = List.copyOf(places);
    this.names = names;
    this.offices = offices;
    this.finder = new PhraseFinder(new NameMatcher(names), offices);
  }

  private static final class Holder {
    static final Gazetteer STANDARD = GazetteerLoader.load();
  }

  /** The gazetteer of the bundled resources, loaded once. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  /** Every country, ordered by ISO alpha-3 code. */
  public List<Country> countries() {
    List<Country> out = new ArrayList<>(countries.values());
    out.sort(java.util.Comparator.comparing(Country::iso3));
    return out;
  }

  /** The country with this ISO 3166-1 alpha-2 or alpha-3 code ("VN", "vnm"), if any. */
  public Optional<Country> countryByCode(String code) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (c.length() == 3) {
      return Optional.ofNullable(countries.get(c));
    }
    return countries.values().stream().filter(x -> x.iso2().equals(c)).findFirst();
  }

  /** The country a name means: "Viet Nam", "Türkiye", "Republic of Belarus", "U.S.", "DPRK". */
  public Optional<Country> country(String name) {
    return lookup(name, NameEntry.Kind.COUNTRY).map(Country.class::cast);
  }

  /** The country of an adjectival or demonymic form: "Belarusian", "Filipino", "Emirati". */
  public Optional<Country> demonym(String form) {
    return lookup(form, NameEntry.Kind.DEMONYM).or(() -> lookup(form, NameEntry.Kind.COMBINING))
        .map(Country.class::cast);
  }

  /** The adjectival and demonymic forms of a country, most usual first; empty if none. */
  public List<String> demonymsOf(String iso3) {
    return demonyms.getOrDefault(iso3, List.of());
  }

  /** The capital or city a name means: "Hà Nội", "Kiev", "Ho Chi Minh City". */
  public Optional<Place> city(String name) {
    return lookup(name, NameEntry.Kind.CITY).map(Place.class::cast);
  }

  /** Every capital and city, capitals first. */
  public List<Place> cities() {
    return places;
  }

  /** The office a title means: "Foreign Minister" and "Minister for Foreign Affairs" are equal. */
  public Optional<Office> office(String title) {
    List<Token> tokens = Tokenizer.tokens(title);
    OfficeMatcher.Hit hit = tokens.isEmpty() ? null : offices.match(tokens, 0, false);
    return hit != null && hit.end() == tokens.size() ? Optional.of(hit.office()) : Optional.empty();
  }

  /**
   * The countries, demonyms, cities and office titles in a text, in order, longest first at each
   * word, with spans into {@code text} as given. See {@link PhraseFinder} for the rules.
   */
  public List<GazetteerMatch> find(String text) {
    return finder.find(text);
  }

  private Optional<GazetteerValue> lookup(String name, NameEntry.Kind kind) {
    String key = Tokenizer.key(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (NameEntry e : names.get(List.of(key.split(" ")))) {
      if (e.kind() == kind) {
        return Optional.of(e.value());
      }
    }
    return Optional.empty();
  }
}
