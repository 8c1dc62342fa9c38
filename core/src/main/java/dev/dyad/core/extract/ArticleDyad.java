package dev.dyad.core.extract;

import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.gazetteer.GazetteerMatch;
import dev.dyad.core.gazetteer.MatchType;
import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.LineLabel;
import dev.dyad.core.model.Sentence;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The country pair an article is mainly about: the two countries it names most often (a title
 * counts three times, a name in an office title not at all), e.g. [BLR, VNM] for a story on a
 * Belarusian visit to Hanoi. Empty when the article names fewer than two countries.
 */
public record ArticleDyad(List<String> countries) {
  private static final int TITLE_WEIGHT = 3;

  public ArticleDyad {
    countries = countries.stream().sorted().toList();
    if (countries.size() != 2) {
      throw new IllegalArgumentException("a dyad has two countries: " + countries);
    }
  }

  public static Optional<ArticleDyad> of(AnnotatedArticle article, Gazetteer gazetteer) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    int order = 0;
    for (Sentence s : article.sentences()) {
      int weight = isTitle(article, s) ? TITLE_WEIGHT : 1;
      for (GazetteerMatch m : gazetteer.find(s.text())) {
        if (m.type() == MatchType.OFFICE || m.iso3().isEmpty()) {
          continue;
        }
        counts.merge(m.iso3().get(), weight, Integer::sum);
        first.putIfAbsent(m.iso3().get(), order++);
      }
    }
    List<String> top = counts.keySet().stream()
        .sorted(Comparator.comparing((String c) -> -counts.get(c)).thenComparing(first::get))
        .limit(2).toList();
    return top.size() == 2 ? Optional.of(new ArticleDyad(top)) : Optional.empty();
  }

  /** The other country of the pair, if {@code iso3} is one of them. */
  public Optional<String> partnerOf(String iso3) {
    if (countries.get(0).equals(iso3)) {
      return Optional.of(countries.get(1));
    }
    return countries.get(1).equals(iso3) ? Optional.of(countries.get(0)) : Optional.empty();
  }

  public boolean contains(String iso3) {
    return countries.contains(iso3);
  }

  private static boolean isTitle(AnnotatedArticle article, Sentence s) {
    return article.clean().lines().stream()
        .anyMatch(l -> l.number() == s.lineNumber() && l.label() == LineLabel.TITLE);
  }
}
