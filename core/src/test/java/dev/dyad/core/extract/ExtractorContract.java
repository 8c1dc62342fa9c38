package dev.dyad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The invariants every article extractor keeps, on every record of every article, after Lucene's
 * BaseTokenStreamTestCase: evidence quotes the article exactly, output is deterministic, events are
 * between two countries, and junk input gives no records rather than an exception. Subclasses say
 * how an article is run through the extractor.
 */
abstract class ExtractorContract {

  /** Runs one article through the extractor under test. */
  protected abstract ArticleRecords extract(Article article);

  /** All invariants on one article: run it twice and check both runs. */
  protected final ArticleRecords checkArticle(Article article) {
    ArticleRecords first = extract(article);
    ArticleRecords second = extract(article);
    assertThat(second).as("a second run of %s gives the same records", article.id()).isEqualTo(first);
    checkRecords(article, first);
    return first;
  }

  /** Every record quotes its article, and every event has two distinct ISO alpha-3 countries. */
  protected static void checkRecords(Article article, ArticleRecords records) {
    assertThat(records.article()).isEqualTo(article.id());
    String text = article.text();
    for (Evidence e : evidence(records)) {
      assertThat(e.article()).as("evidence article").isEqualTo(article.id());
      assertThat(e.start()).as("evidence start of %s", e).isBetween(0, text.length());
      assertThat(e.end()).as("evidence end of %s", e).isBetween(e.start(), text.length());
      assertThat(text.substring(e.start(), e.end())).as("quoted text at [%d,%d)", e.start(), e.end())
          .isEqualTo(e.text());
    }
    for (Event e : records.events()) {
      assertThat(e.countries()).as("countries of %s", e).hasSize(2).doesNotHaveDuplicates()
          .allSatisfy(c -> assertThat(c).matches("[A-Z]{3}"));
      assertThat(e.evidence()).as("evidence of %s", e).isNotEmpty();
      e.source().ifPresent(s -> assertThat(e.countries()).as("source of %s", e).contains(s));
      e.target().ifPresent(t -> assertThat(e.countries()).as("target of %s", e).contains(t));
      if (e.source().isPresent() && e.target().isPresent()) {
        assertThat(e.source()).isNotEqualTo(e.target());
      }
      e.end().ifPresent(end -> assertThat(e.start()).as("an end needs a start: %s", e).isPresent());
      e.end().ifPresent(end -> assertThat(end.earliest()).as("end not before start: %s", e)
          .isAfterOrEqualTo(e.start().get().earliest()));
    }
  }

  /** Junk must not throw; whatever it gives must still keep the invariants, run after run. */
  protected final void checkJunk(Article article) {
    assertThatCode(() -> checkArticle(article)).as("junk input %s", article.id()).doesNotThrowAnyException();
  }

  /** Junk must not throw, and one run's records keep the per-record invariants. */
  protected final void checkJunkOnce(Article article) {
    assertThatCode(() -> checkRecords(article, extract(article))).as("junk input %s", article.id())
        .doesNotThrowAnyException();
  }

  /** Words drawn with a fixed seed from news vocabulary, country names, months and punctuation. */
  protected static String wordSoup(long seed, int words) {
    String[] vocabulary = ("the of and visit visited visiting received talks meeting met call phone signed signing"
        + " memorandum aid relief emergency supplies President Prime Minister Foreign Minister Ambassador"
        + " Chile Peru Kenya Tanzania Ghana Togo Mongolia Kazakhstan Malaysia Indonesia Chilean Kenyan"
        + " Nairobi Accra Lima Jakarta on in at to from will next last year month week Monday Friday"
        + " January March April December 3 5 20-21 2024 2019 5th 16th Joint Commission consultations"
        + " Ruiz Mwangi Petrov S. I. - – , . ; ( ) \" ' 's % billion USD dollars trade turnover"
        + " then former upcoming ahead expected held paid state official working courtesy yesterday")
        .split(" ");
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(vocabulary[random.nextInt(vocabulary.length)]);
      int r = random.nextInt(40);
      sb.append(r == 0 ? "\n\n" : r == 1 ? ".\n" : r == 2 ? ". " : " ");
    }
    return sb.toString();
  }

  private static List<Evidence> evidence(ArticleRecords r) {
    List<Evidence> out = new ArrayList<>();
    addAll(out, r.events(), Event::evidence);
    addAll(out, r.people(), p -> p.evidence());
    addAll(out, r.mechanisms(), m -> m.evidence());
    addAll(out, r.agreements(), a -> a.evidence());
    addAll(out, r.statistics(), s -> s.evidence());
    addAll(out, r.claims(), c -> c.evidence());
    return out;
  }

  private static <T> void addAll(List<Evidence> out, List<T> records, Function<T, List<Evidence>> of) {
    records.forEach(x -> out.addAll(of.apply(x)));
  }
}
