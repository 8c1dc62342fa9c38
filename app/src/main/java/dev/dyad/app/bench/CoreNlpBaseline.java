package dev.dyad.app.bench;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.PartialDate;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/**
 * A bare CoreNLP pipeline with the annotators Dyad's annotate stage uses (tokenize, ssplit, pos,
 * lemma, ner without fine-grained classes, SUTime on), run on an article's full text with its
 * publication date as document date: the yardstick the benchmark compares Dyad against.
 *
 * <p>Unlike {@code TextAnnotator}, it reads every line (Dyad reads only content lines) and
 * converts nothing into Dyad's records. This is the only class outside
 * {@code dev.dyad.core.annotate} that may touch CoreNLP types. {@link #tokens} is thread-safe.
 */
public final class CoreNlpBaseline {
  private final StanfordCoreNLP pipeline;

  private CoreNlpBaseline(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Loads the models (seconds). CoreNLP caches annotators process-wide by their properties; the
   * cache is cleared first so that the load time is this pipeline's own, not a lookup of the
   * annotators {@code TextAnnotator} already built.
   */
  public static CoreNlpBaseline load() {
    dropCachedAnnotators();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "true");
    return new CoreNlpBaseline(new StanfordCoreNLP(p));
  }

  /**
   * Empties CoreNLP's process-wide annotator cache, which otherwise keeps every pipeline's models
   * reachable after the pipeline itself is gone.
   */
  static void dropCachedAnnotators() {
    StanfordCoreNLP.clearAnnotatorPool();
  }

  /** Annotates the article's full text and returns the number of tokens. */
  public int tokens(Article article) {
    Annotation doc = new Annotation(article.text());
    article.published()
        .map(PartialDate::earliest)
        .ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class,
            DateTimeFormatter.ISO_LOCAL_DATE.format(d)));
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
