package dev.dyad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.ingest.ArticleSources;
import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.ArticleRecords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The extractor contract on the sample articles and on junk, through the whole shared pipeline. */
class ExtractorContractIT extends ExtractorContract {

  @Override
  protected ArticleRecords extract(Article article) {
    return SharedPipeline.process(article).records();
  }

  private static List<Article> samples() {
    List<Article> articles = new ArrayList<>();
    new ArticleSources().forEach(List.of(Path.of("../samples")), r -> articles.addAll(r.result().articles()));
    articles.sort(Comparator.comparing(Article::id));
    return articles;
  }

  @Test
  void keepsTheContractOnEverySampleArticle() {
    List<Article> samples = samples();
    assertThat(samples).as("sample articles in ../samples").isNotEmpty();
    int events = 0;
    for (Article a : samples) {
      events += checkArticle(a).events().size();
    }
    assertThat(events).as("the samples report events").isPositive();
  }

  @Test
  void keepsTheContractOnSampleArticlesStrippedOfTheirDate() {
    for (Article a : samples()) {
      checkArticle(new Article(a.id() + "-undated", a.source(), a.title(), Optional.empty(), a.text()));
    }
  }

  @Test
  void keepsTheContractOnSampleArticlesWithWindowsLineEndings() {
    for (Article a : samples()) {
      String crlf = a.text().replace("\r\n", "\n").replace("\n", "\r\n");
      checkArticle(new Article(a.id() + "-crlf", a.source(), a.title(), a.published(), crlf));
    }
  }

  @Test
  void survivesEmptyText() {
    checkJunk(SharedPipeline.article("empty", "2025-03-12", ""));
    checkJunk(SharedPipeline.article("empty-undated", null, ""));
    checkJunk(SharedPipeline.article("blank", "2025-03-12", " \n\n\t \r\n "));
  }

  @Test
  void survivesOnlyPunctuation() {
    checkJunk(SharedPipeline.article("punctuation", "2025-03-12", ".,;:!?-–—()[]\"'…\n.....\n--- *** ###\n"));
  }

  @Test
  void survivesAnArticleThatIsOnlyADatelineAndATitle() {
    checkJunk(SharedPipeline.article("dateline-only", "2025-03-12", "Kenya, Tanzania talks\n\nNAIROBI –\n"));
  }

  @Test
  void survivesTwoThousandWordsOfRandomSoup() {
    Article soup = SharedPipeline.article("soup", "2025-03-12", wordSoup(20250312L, 2_000));
    checkJunkOnce(soup);
    checkJunkOnce(soup.withPublished(Optional.empty()));
  }

  @Test
  void extractsTheSameRecordsTwiceFromOneAnnotationOfRandomSoup() {
    AnnotatedArticle annotated = SharedPipeline.process(
        SharedPipeline.article("soup-annotated", "2025-03-12", wordSoup(20250312L, 2_000))).annotated();
    RuleBasedExtractor extractor = RuleBasedExtractor.standard();
    assertThat(extractor.extract(annotated)).isEqualTo(extractor.extract(annotated));
    assertThat(RuleBasedExtractor.standard().extract(annotated)).isEqualTo(extractor.extract(annotated));
  }

  @Test
  void extractsTheSameRecordsTwiceFromRandomSoup() {
    checkJunk(SharedPipeline.article("soup-twice", "2025-03-12", wordSoup(20250312L, 2_000)));
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void survivesTwentyThousandWordsOfRandomSoup() {
    Article soup = SharedPipeline.article("soup-20k", "2025-03-12", wordSoup(20250312L, 20_000));
    checkJunk(soup);
  }
}
