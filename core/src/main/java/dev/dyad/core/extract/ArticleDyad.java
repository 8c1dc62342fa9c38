package dev.dyad.core.extract;

import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.gazetteer.GazetteerMatch;
import dev.dyad.core.gazetteer.MatchType;
import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.LineLabel;
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
    java.util.Map<Integer, LineLabel> labels = article.clean().labels();
    List<Weighted> sentences = article.sentences().stream()
        .map(s -> new Weighted(gazetteer.find(s.text()), labels.get(s.lineNumber()) == LineLabel.TITLE)).toList();
    return count(sentences);
  }

  /** The same, from the gazetteer matches the extractor has already found in each sentence. */
  static Optional<ArticleDyad> of(List<SentenceContext> sentences) {
    return count(sentences.stream().map(s -> new Weighted(s.places(), s.headline())).toList());
  }

  /** One sentence's gazetteer matches, and whether it is a title. */
  private record Weighted(List<GazetteerMatch> matches, boolean title) {}

  private static Optional<ArticleDyad> count(List<Weighted> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    int order = 0;
    for (Weighted s : sentences) {
      int weight = s.title() ? TITLE_WEIGHT : 1;
      for (GazetteerMatch m : s.matches()) {
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
}
