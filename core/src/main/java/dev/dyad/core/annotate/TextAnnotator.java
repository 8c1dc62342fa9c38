package dev.dyad.core.annotate;

import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Sentence;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The annotate stage: splits the readable lines of a {@link CleanArticle} into sentences and
 * tokens with part of speech, lemma and named-entity class, lists entity mentions, and resolves
 * time expressions against the article's publication date.
 *
 * <p>Contract:
 * <ul>
 *   <li>Only {@link CleanArticle#readableLines()} are read, from their {@code contentStart}; a
 *       sentence never crosses a line.
 *   <li>Every offset in the result points into {@code Article.text()}: for each token,
 *       {@code text.substring(token.start(), token.end())} is the token as written.
 *   <li>The document date is {@code Article.published()}, to its first day when it has only a
 *       month or year; with none, dates the text does not fix stay RELATIVE_UNRESOLVED.
 *   <li>No CoreNLP type is reachable from the result.
 * </ul>
 *
 * <p>Loading takes seconds and ~0.5 GB: build one instance per process with {@link #load()}.
 * {@link #annotate} is thread-safe and may be called concurrently.
 */
public final class TextAnnotator {
  private static final DateTimeFormatter DOC_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private final StanfordCoreNLP pipeline;

  private TextAnnotator(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** Loads the CoreNLP models (tokenize, ssplit, pos, lemma, ner with SUTime; a few seconds). */
  public static TextAnnotator load() {
    // CoreNLP logs every model it loads through its own Redwood logger; Dyad's log has no use
    // for that. This is process-wide, which is why it is done here and nowhere else.
    RedwoodConfiguration.current().clear().apply();
    return new TextAnnotator(new StanfordCoreNLP(properties()));
  }

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // fine-grained classes (COUNTRY, TITLE, …) cost 3x the time; Dyad's gazetteers replace them
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.buildEntityMentions", "true");
    return p;
  }

  /** Annotates the readable lines of {@code article}. Thread-safe. */
  public AnnotatedArticle annotate(CleanArticle article) {
    Objects.requireNonNull(article, "article");
    // Known only to the month (or year): anchor at its last day, so that "on April 24" in an article
    // of April 2025 is that April, not the one before; day words are coarsened afterwards.
    Optional<LocalDate> docDate = article.article().published().map(PartialDate::latest);
    TextMap map = TextMap.of(article.readableLines());
    if (map.isEmpty()) {
      return new AnnotatedArticle(article, List.of());
    }
    Annotation doc = new Annotation(map.text());
    docDate.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, DOC_DATE.format(d)));
    pipeline.annotate(doc);
    SentenceConverter converter =
        new SentenceConverter(article.article().text(), map, new TimeNormalizer(docDate));
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(converter.convert(s));
    }
    return new AnnotatedArticle(article, sentences);
  }
}
