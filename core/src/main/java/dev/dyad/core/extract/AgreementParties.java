package dev.dyad.core.extract;

import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.gazetteer.GazetteerMatch;
import dev.dyad.core.gazetteer.MatchType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parties of an instrument when they are not the two states: localities or bodies named
 * in "between X and Y" inside the title ("between Porto and Lyon"), or as the subject of "X and Y
 * sign" ("The Porto City Council and the Lyon Metropolis sign ..."). Names that are just countries
 * and phrases such as "the two countries" are not parties.
 */
final class AgreementParties {
  private static final String NAME = "[A-Z][\\p{L}\\p{N}'’.-]*(?: (?:of |de |the )?[A-Z][\\p{L}\\p{N}'’.-]*)*(?: \\p{Ll}+)?";
  private static final Pattern BETWEEN = Pattern.compile(
      "\\bbetween (?:the )?(" + NAME + ") and (?:the )?(" + NAME + ")");
  private static final Pattern SUBJECT = Pattern.compile(
      "^(?:The )?(" + NAME + ") and (?:the )?(" + NAME + ") (?:sign|signed|ink|inked|conclude|concluded|exchange|exchanged)\\b");

  private final Gazetteer gazetteer;

  AgreementParties(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<String> of(String title, String sentence) {
    Matcher m = BETWEEN.matcher(title);
    if (m.find()) {
      return pair(m.group(1), m.group(2));
    }
    Matcher s = SUBJECT.matcher(sentence);
    return s.find() ? pair(s.group(1), s.group(2)) : List.of();
  }

  private List<String> pair(String a, String b) {
    String first = strip(a);
    String second = strip(b);
    // "the Ethiopian and Kenyan Chambers of Commerce": the second name lends its head to the first
    if (!first.contains(" ") && second.contains(" ") && isDemonym(first)) {
      first = first + second.substring(second.indexOf(' '));
    }
    List<String> out = new ArrayList<>();
    for (String p : List.of(first, second)) {
      if (!isCountry(p)) {
        out.add(p);
      }
    }
    return out.size() == 2 ? List.copyOf(out) : List.of();
  }

  private static String strip(String name) {
    return name.replaceFirst("\\s+(?:in|on|at|for|to|of|and|city)$", "").strip();
  }

  private boolean isDemonym(String word) {
    List<GazetteerMatch> m = gazetteer.find(word);
    return m.size() == 1 && m.get(0).type() == MatchType.DEMONYM && m.get(0).text().length() == word.length();
  }

  private boolean isCountry(String name) {
    return gazetteer.find(name).stream()
        .anyMatch(g -> g.type() == MatchType.COUNTRY && g.end() - g.start() >= name.length());
  }
}
