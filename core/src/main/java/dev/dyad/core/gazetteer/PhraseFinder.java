package dev.dyad.core.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The scanner that marks countries, demonyms, cities and office titles in a text, left to right,
 * taking the longest name at each word.
 *
 * <p>Matches do not overlap, with one exception: places inside the {@code {name}} slot of an
 * office ("Chairman of the Hanoi People's Committee") are reported too, nested in the office's
 * span. Because hyphens and dashes split words, "Vietnam-Belarus" and "Belarusian-Zimbabwean"
 * give two matches while "Guinea-Bissau" stays one name. Spans are offsets in the text as given.
 * Thread-safe.
 */
final class PhraseFinder {

  private final NameMatcher names;
  private final OfficeMatcher offices;

  PhraseFinder(NameMatcher names, OfficeMatcher offices) {
    this.names = names;
    this.offices = offices;
  }

  List<GazetteerMatch> find(String text) {
    List<Token> tokens = Tokenizer.tokens(text);
    List<GazetteerMatch> out = new ArrayList<>();
    boolean nested = false;
    int i = 0;
    while (i < tokens.size()) {
      NameMatcher.Hit name = names.match(text, tokens, i);
      OfficeMatcher.Hit office = offices.match(tokens, i, true);
      if (office != null && (name == null || office.end() > name.end())) {
        out.add(match(text, tokens, i, office.end(), MatchType.OFFICE, office.office(),
            office.pattern().ambiguous()));
        for (int[] slot : office.nameSlots()) {
          nested |= addNames(text, tokens, slot[0], slot[1], out);
        }
        i = office.end();
      } else if (name != null) {
        if (name.entry().kind() != NameEntry.Kind.EXCLUDED) {
          out.add(match(text, tokens, i, name.end(), name.entry().matchType(),
              name.entry().value(), name.ambiguous()));
        }
        i = name.end();
      } else {
        i++;
      }
    }
    if (nested) {
      out.sort(Comparator.comparingInt(GazetteerMatch::start)
          .thenComparing(Comparator.comparingInt(GazetteerMatch::end).reversed()));
    }
    return List.copyOf(out);
  }

  private boolean addNames(String text, List<Token> tokens, int from, int to, List<GazetteerMatch> out) {
    boolean added = false;
    int i = from;
    while (i < to) {
      NameMatcher.Hit name = names.match(text, tokens, i);
      if (name != null && name.end() <= to && name.entry().kind() != NameEntry.Kind.EXCLUDED) {
        out.add(match(text, tokens, i, name.end(), name.entry().matchType(), name.entry().value(),
            name.ambiguous()));
        added = true;
        i = name.end();
      } else {
        i++;
      }
    }
    return added;
  }

  private static GazetteerMatch match(String text, List<Token> tokens, int from, int to,
      MatchType type, GazetteerValue value, boolean ambiguous) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    return new GazetteerMatch(type, start, end, text.substring(start, end), value, ambiguous);
  }
}
