package dev.dyad.core.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The builder that reads the {@code /gazetteer/*.tsv} resources into a {@link Gazetteer}.
 * Malformed data is a packaging error, so it throws {@link IllegalStateException} naming the
 * file and line.
 */
final class GazetteerLoader {

  private final Map<String, Country> countries = new LinkedHashMap<>();
  private final Map<String, List<String>> demonyms = new LinkedHashMap<>();
  private final List<Place> places = new ArrayList<>();
  private final PhraseTrie<NameEntry> names = new PhraseTrie<>();
  private final Set<String> seen = new java.util.HashSet<>();

  private GazetteerLoader() {}

  static Gazetteer load() {
    GazetteerLoader l = new GazetteerLoader();
    l.loadCountries();
    l.loadDemonyms();
    l.loadPlaces("capitals.tsv", true);
    l.loadPlaces("cities.tsv", false);
    for (TsvResource.Row row : TsvResource.read("name_exclusions.tsv")) {
      l.add(NameEntry.Kind.EXCLUDED, null, row.get(0), false, false, false);
    }
    l.names.sortValues(Comparator.comparing(NameEntry::kind).thenComparing(NameEntry::secondary));
    PortfolioMatcher portfolios = loadPortfolios();
    OfficeMatcher offices = new OfficeMatcher(loadOffices(portfolios), portfolios);
    return new Gazetteer(l.countries, l.demonyms, l.places, l.names, offices);
  }

  private void loadCountries() {
    Map<String, TsvResource.Row> base = new LinkedHashMap<>();
    for (TsvResource.Row row : TsvResource.read("countries.tsv")) {
      base.put(row.get(0), row);
    }
    Map<String, String> common = new HashMap<>();
    Map<String, String> official = new HashMap<>();
    Map<String, List<TsvResource.Row>> aliases = new HashMap<>();
    for (TsvResource.Row row : TsvResource.read("country_aliases.tsv")) {
      String iso3 = row.get(0);
      if (!base.containsKey(iso3)) {
        throw row.error("unknown ISO alpha-3 code " + iso3 + "; countries.tsv lists every country");
      }
      switch (row.get(2)) {
        case "common" -> common.put(iso3, row.get(1));
        case "official" -> official.putIfAbsent(iso3, row.get(1));
        case "alias", "abbrev", "former" -> { }
        default -> throw row.error("kind must be common, official, alias, abbrev or former: " + row.get(2));
      }
      aliases.computeIfAbsent(iso3, k -> new ArrayList<>()).add(row);
    }
    for (TsvResource.Row row : base.values()) {
      String iso3 = row.get(0);
      String name = common.getOrDefault(iso3, row.get(2));
      Country c = new Country(iso3, row.get(1), name, official.getOrDefault(iso3, name));
      countries.put(iso3, c);
      Set<String> ambiguous = new LinkedHashSet<>();
      for (TsvResource.Row a : aliases.getOrDefault(iso3, List.of())) {
        if (flags(a, 3).contains("ambiguous")) {
          ambiguous.add(Tokenizer.key(a.get(1)));
        }
      }
      List<String> forms = new ArrayList<>(List.of(row.get(2)));
      forms.addAll(row.list(3));
      forms.addAll(row.list(4));
      for (String f : forms) {
        add(NameEntry.Kind.COUNTRY, c, f, ambiguous.contains(Tokenizer.key(f)), false, false);
      }
      for (TsvResource.Row a : aliases.getOrDefault(iso3, List.of())) {
        Set<String> fl = flags(a, 3);
        add(NameEntry.Kind.COUNTRY, c, a.get(1), ambiguous.contains(Tokenizer.key(a.get(1))),
            false, fl.contains("case"));
      }
    }
  }

  private void loadDemonyms() {
    for (TsvResource.Row row : TsvResource.read("demonyms.tsv")) {
      Country c = country(row);
      Set<String> fl = flags(row, 2);
      NameEntry.Kind kind = fl.contains("combining") ? NameEntry.Kind.COMBINING : NameEntry.Kind.DEMONYM;
      add(kind, c, row.get(1), fl.contains("ambiguous"), fl.contains("secondary"), fl.contains("case"));
      if (kind == NameEntry.Kind.DEMONYM) {
        demonyms.computeIfAbsent(c.iso3(), k -> new ArrayList<>()).add(row.get(1));
      }
    }
  }

  private void loadPlaces(String file, boolean capital) {
    for (TsvResource.Row row : TsvResource.read(file)) {
      Country c = country(row);
      Place p = new Place(row.get(1), c.iso3(), capital);
      places.add(p);
      boolean ambiguous = flags(row, 3).contains("ambiguous");
      add(NameEntry.Kind.CITY, p, p.name(), ambiguous, false, false);
      for (String alt : row.list(2)) {
        add(NameEntry.Kind.CITY, p, alt, ambiguous, false, false);
      }
    }
  }

  private static PortfolioMatcher loadPortfolios() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    Map<String, String> owner = new HashMap<>();
    for (TsvResource.Row row : TsvResource.read("portfolios.tsv")) {
      for (String spelling : List.of(row.get(0), row.get(1))) {
        String key = Tokenizer.key(spelling);
        String before = owner.putIfAbsent(key, row.get(0));
        if (before == null) {
          trie.put(List.of(key.split(" ")), row.get(0));
        } else if (!before.equals(row.get(0))) {
          throw row.error("'" + spelling + "' is already a spelling of '" + before + "'");
        }
      }
    }
    return new PortfolioMatcher(trie);
  }

  private static List<OfficePattern> loadOffices(PortfolioMatcher portfolios) {
    List<OfficePattern> out = new ArrayList<>();
    for (TsvResource.Row row : TsvResource.read("offices.tsv")) {
      String pattern = row.get(0);
      List<String> words = new ArrayList<>();
      for (Token t : Tokenizer.tokens(pattern)) {
        boolean slot = t.start() > 0 && pattern.charAt(t.start() - 1) == '{';
        words.add(slot ? "{" + t.raw() + "}" : t.folded());
      }
      for (String w : words) {
        if (w.startsWith("{") && !w.equals(OfficePattern.PORTFOLIO) && !w.equals(OfficePattern.NAME)) {
          throw row.error("unknown slot " + w + "; use {portfolio} or {name}");
        }
      }
      OfficeKind kind;
      int level;
      try {
        kind = OfficeKind.valueOf(row.get(2));
        level = Integer.parseInt(row.get(3));
      } catch (IllegalArgumentException e) {
        throw row.error("kind must be an OfficeKind and level 1..6: " + e.getMessage());
      }
      Set<String> fl = flags(row, 5);
      out.add(new OfficePattern(pattern, words, row.get(1), kind, level, row.get(4),
          fl.contains("cap"), fl.contains("case"), fl.contains("ambiguous")));
    }
    return out;
  }

  private void add(NameEntry.Kind kind, GazetteerValue value, String form, boolean ambiguous,
      boolean secondary, boolean exact) {
    String key = Tokenizer.key(form);
    if (key.isEmpty()) {
      return;
    }
    String id = kind + "\u0000" + value + "\u0000" + form;
    if (seen.add(id)) {
      names.put(List.of(key.split(" ")), NameEntry.of(kind, value, form, ambiguous, secondary, exact));
    }
  }

  private Country country(TsvResource.Row row) {
    Country c = countries.get(row.get(0));
    if (c == null) {
      throw row.error("unknown ISO alpha-3 code " + row.get(0));
    }
    return c;
  }

  private static Set<String> flags(TsvResource.Row row, int column) {
    Set<String> out = new LinkedHashSet<>();
    for (String f : row.get(column).split(",")) {
      if (!f.isBlank()) {
        out.add(f.strip());
      }
    }
    return out;
  }
}
