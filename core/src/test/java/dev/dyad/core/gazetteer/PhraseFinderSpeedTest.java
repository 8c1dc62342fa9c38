package dev.dyad.core.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A coarse guard on scan speed: a 10,000-character article must take well under a millisecond. */
class PhraseFinderSpeedTest {

  private static final List<String> WORDS = List.of(
      "the", "Minister", "of", "Foreign", "Affairs", "met", "his", "counterpart", "from", "Vietnam",
      "in", "Hà", "Nội", "on", "Monday", "and", "discussed", "trade,", "investment", "and", "the",
      "Belarusian-Zimbabwean", "commission.", "Prime", "Minister", "said", "that", "cooperation",
      "with", "the", "U.S.", "and", "China", "would", "grow", "by", "12", "percent", "next", "year.",
      "Deputy", "Chairman", "of", "the", "National", "Assembly", "visited", "Ho", "Chi", "Minh", "City.");

  static String article(long seed, int chars) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(chars + 20);
    while (sb.length() < chars) {
      sb.append(WORDS.get(r.nextInt(WORDS.size()))).append(' ');
    }
    return sb.toString();
  }

  @Test
  void scansTenThousandCharactersInWellUnderAMillisecond() {
    Gazetteer g = Gazetteer.standard();
    List<String> articles = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      articles.add(article(i, 10_000));
    }
    int found = 0;
    for (int round = 0; round < 20; round++) { // warm-up
      for (String a : articles) {
        found += g.find(a).size();
      }
    }
    long t0 = System.nanoTime();
    int runs = 0;
    for (int round = 0; round < 20; round++) {
      for (String a : articles) {
        found += g.find(a).size();
        runs++;
      }
    }
    double msPerArticle = (System.nanoTime() - t0) / 1e6 / runs;
    System.out.printf("PhraseFinder: %.3f ms per 10,000-character article (%d matches)%n",
        msPerArticle, found);
    assertThat(found).isPositive();
    // The target is well under 1 ms; the bound is loose so a busy CI machine does not flake.
    assertThat(msPerArticle).isLessThan(5.0);
  }
}
