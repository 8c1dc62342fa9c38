package dev.dyad.core.clean;

import dev.dyad.core.internal.ResourceLines;

import dev.dyad.core.model.LineLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The vocabulary of the line labelling rules, read from the resource files in {@code /clean/}:
 * boilerplate lines, navigation words, block markers that open teaser or boilerplate regions,
 * inline teaser prefixes and caption patterns. Immutable; load once with {@link #standard()}.
 */
record CleaningRules(
    PhraseList boilerplateLines,
    Set<String> navWords,
    Map<PhraseList, LineLabel> blockMarkers,
    List<String> inlineTeaserPrefixes,
    List<Pattern> captionPatterns) {

  private static final CleaningRules STANDARD = load();

  static CleaningRules standard() {
    return STANDARD;
  }

  /** The region a block-marker line opens (TEASER or BOILERPLATE), if it is one. */
  Optional<LineLabel> blockMarker(String normalized) {
    return blockMarkers.entrySet().stream()
        .filter(e -> e.getKey().matches(normalized)).map(Map.Entry::getValue).findFirst();
  }

  /** The inline teaser prefix the line starts with ("read |", "must read:"), if any. */
  Optional<String> inlineTeaserPrefix(String rawLine) {
    String t = rawLine.strip().toLowerCase(Locale.ROOT);
    return inlineTeaserPrefixes.stream().filter(t::startsWith).findFirst();
  }

  boolean looksLikeCaption(String rawLine) {
    return captionPatterns.stream().anyMatch(p -> p.matcher(rawLine).find());
  }

  /** A short line made mostly of menu and share words. */
  boolean isNavigation(String normalized) {
    String[] words = normalized.split("[\\s|/•·,]+");
    if (words.length == 0 || words.length > 8) {
      return false;
    }
    long nav = java.util.Arrays.stream(words).filter(navWords::contains).count();
    return nav >= 0.75 * words.length;
  }

  private static CleaningRules load() {
    Map<PhraseList, LineLabel> markers = new LinkedHashMap<>();
    Map<LineLabel, List<String>> byRegion = new LinkedHashMap<>();
    for (String row : lines("block-markers.tsv")) {
      String[] cols = row.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException("block-markers.tsv: expected 'phrase<TAB>region', got: " + row);
      }
      byRegion.computeIfAbsent(LineLabel.valueOf(cols[1].strip().toUpperCase(Locale.ROOT)), k -> new ArrayList<>())
          .add(cols[0]);
    }
    byRegion.forEach((label, phrases) -> markers.put(PhraseList.of(phrases), label));
    List<Pattern> captions = lines("caption-patterns.txt").stream()
        .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    List<String> prefixes = lines("inline-teaser-prefixes.txt").stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    return new CleaningRules(PhraseList.of(lines("boilerplate-lines.txt")),
        Set.copyOf(lines("nav-words.txt")), markers, prefixes, captions);
  }

  private static List<String> lines(String name) {
    return ResourceLines.lines("/clean/" + name);
  }
}
