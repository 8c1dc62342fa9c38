package dev.dyad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.annotate.TextAnnotator;
import dev.dyad.core.clean.ArticleCleaner;
import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.ingest.ArticleSources;
import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.Claim;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.Mechanism;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Statistic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The four fact extractors on the sample articles, read, cleaned and annotated with the real models. */
class FactExtractorsIT {
  /** A date of our choosing for articles whose page gives none, so that "last year" can resolve. */
  private static final Optional<PartialDate> ASSUMED_PUBLISHED = PartialDate.parse("2024-06-15");

  private static final List<Found> FOUND = new ArrayList<>();

  private record Found(Article article, List<Mechanism> mechanisms, List<Agreement> agreements,
      List<Statistic> statistics, List<Claim> claims) {}

  @BeforeAll
  static void extractSamples() {
    Gazetteer gaz = Gazetteer.standard();
    TextAnnotator annotator = TextAnnotator.load();
    ArticleCleaner cleaner = new ArticleCleaner();
    MechanismExtractor mechanisms = new MechanismExtractor(gaz);
    AgreementExtractor agreements = new AgreementExtractor(gaz);
    StatisticExtractor statistics = new StatisticExtractor();
    ClaimExtractor claims = new ClaimExtractor();
    List<Article> articles = new ArrayList<>();
    new ArticleSources().forEach(List.of(Path.of("../samples")), r -> articles.addAll(r.result().articles()));
    articles.sort((a, b) -> a.id().compareTo(b.id()));
    for (Article raw : articles) {
      CleanArticle clean = cleaner.clean(raw);
      if (clean.article().published().isEmpty()) {
        clean = new CleanArticle(clean.article().withPublished(ASSUMED_PUBLISHED), clean.lines());
      }
      AnnotatedArticle annotated = annotator.annotate(clean);
      Optional<ArticleDyad> dyad = ArticleDyad.of(annotated, gaz);
      if (dyad.isEmpty()) {
        continue;
      }
      Found f = new Found(annotated.article(), mechanisms.extract(annotated, dyad.get()),
          agreements.extract(annotated, dyad.get()), statistics.extract(annotated, dyad.get()),
          claims.extract(annotated, dyad.get()));
      FOUND.add(f);
      System.out.println("== " + raw.id() + " " + dyad.get().countries());
      f.mechanisms().forEach(m -> System.out.println("  mechanism " + m.name() + " " + m.level().orElse("")));
      f.agreements().forEach(a -> System.out.println("  agreement " + a.title() + " " + a.parties()
          + " signed " + a.signed().map(Object::toString).orElse("-")
          + " effective " + a.effective().map(Object::toString).orElse("-")));
      f.statistics().forEach(s -> System.out.println("  statistic " + s.metric() + " " + s.value() + " " + s.unit()
          + " " + s.period()));
      f.claims().forEach(c -> System.out.println("  claim " + c.kind() + " " + c.value()));
    }
  }

  private static <T> Stream<T> all(java.util.function.Function<Found, List<T>> records) {
    return FOUND.stream().flatMap(f -> records.apply(f).stream());
  }

  @Test
  void findsAnEstablishmentDateOfRelationsToTheDay() {
    assertThat(all(Found::claims)).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo("relations_established");
      assertThat(PartialDate.parse(c.value()).map(PartialDate::precision)).contains(PartialDate.Precision.DAY);
    });
  }

  @Test
  void findsATradeFigureInDollarsWithAPeriod() {
    assertThat(all(Found::statistics)).anySatisfy(s -> {
      assertThat(s.metric()).isEqualTo("trade_turnover");
      assertThat(s.unit()).isEqualTo("USD");
      assertThat(s.period()).matches("\\d{4}(-\\d{2}/\\d{4}-\\d{2})?");
    });
  }

  @Test
  void findsNamedMechanismsAndAgreementsWithTheirDates() {
    assertThat(all(Found::mechanisms)).anySatisfy(m -> assertThat(m.name()).contains("Intergovernmental Committee"));
    assertThat(all(Found::agreements)).anySatisfy(a -> assertThat(a.effective()).isPresent());
    assertThat(all(Found::agreements)).anySatisfy(a -> assertThat(a.parties()).hasSize(2));
  }

  @Test
  void quotesEveryRecordFromItsArticle() {
    for (Found f : FOUND) {
      List<Evidence> evidence = new ArrayList<>();
      f.mechanisms().forEach(m -> evidence.addAll(m.evidence()));
      f.agreements().forEach(a -> evidence.addAll(a.evidence()));
      f.statistics().forEach(s -> evidence.addAll(s.evidence()));
      f.claims().forEach(c -> evidence.addAll(c.evidence()));
      for (Evidence e : evidence) {
        assertThat(e.article()).isEqualTo(f.article().id());
        assertThat(f.article().text().substring(e.start(), e.end())).isEqualTo(e.text());
      }
    }
  }
}
