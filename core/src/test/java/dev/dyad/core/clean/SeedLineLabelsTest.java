package dev.dyad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.LineLabel;
import dev.dyad.core.model.PartialDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every line of the five sample articles gets the label of the evaluation's gold records. */
class SeedLineLabelsTest {
  private final ArticleCleaner cleaner = new ArticleCleaner();

  @ParameterizedTest
  @ValueSource(strings = {"000_c84a6828bc171109", "001_31b43478074ef7e9", "002_b8176b80126b3a23",
      "003_3d2194228cf72a0d", "004_a96526d9f035a37c"})
  void labelsEveryLineOfSampleArticle(String id) throws IOException {
    CleanArticle clean = cleaner.clean(article(id));

    Map<Integer, LineLabel> actual = new TreeMap<>();
    clean.lines().forEach(l -> {
      if (l.label() != LineLabel.BODY && l.label() != LineLabel.BLANK) {
        actual.put(l.number(), l.label());
      }
    });
    assertThat(actual).isEqualTo(expectedLabels(id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_c84a6828bc171109:2023-12-09", "004_a96526d9f035a37c:2024-12-17",
      "001_31b43478074ef7e9:", "002_b8176b80126b3a23:", "003_3d2194228cf72a0d:"})
  void findsExplicitPublicationDatesAndInventsNone(String idAndDate) throws IOException {
    String[] parts = idAndDate.split(":", -1);
    CleanArticle clean = cleaner.clean(article(parts[0]));
    assertThat(clean.article().published().map(Object::toString).orElse("")).isEqualTo(parts[1]);
  }

  static Article article(String id) throws IOException {
    String text = resource(id + ".txt");
    // The plain-text reader takes the date from the " date" line; this test stands in for it.
    Optional<PartialDate> published = text.startsWith(" date ") ? PartialDate.parse(text.substring(6, 16)) : Optional.empty();
    return new Article(id, id + ".txt", Optional.empty(), published, text);
  }

  private static Map<Integer, LineLabel> expectedLabels(String id) throws IOException {
    Map<Integer, LineLabel> expected = new HashMap<>();
    for (String row : resource("seed-line-labels.tsv").split("\n")) {
      String[] cols = row.split("\t");
      if (row.startsWith("#") || cols.length != 3 || !cols[0].equals(id)) {
        continue;
      }
      for (String n : cols[2].split(",")) {
        expected.put(Integer.parseInt(n), LineLabel.valueOf(cols[1].toUpperCase(Locale.ROOT)));
      }
    }
    return new TreeMap<>(expected);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SeedLineLabelsTest.class.getResourceAsStream("/articles/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
