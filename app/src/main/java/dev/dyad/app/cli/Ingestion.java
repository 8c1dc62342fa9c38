package dev.dyad.app.cli;

import dev.dyad.core.annotate.TextAnnotator;
import dev.dyad.core.clean.ArticleCleaner;
import dev.dyad.core.ingest.ArticleSources;
import dev.dyad.core.ingest.SourceResult;
import dev.dyad.core.kb.KnowledgeBase;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.Problem;
import dev.dyad.core.pipeline.Pipeline;
import java.io.PrintStream;
import java.nio.file.Path;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.resolve.ArticleDating;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs the pipeline over a batch of sources into a knowledge base and counts what happened.
 * Articles are processed on a bounded thread pool and stored one at a time, in input order, by the
 * calling thread (the store has one writer). A bad source or article is reported on its own line
 * and the batch goes on.
 */
final class Ingestion {
  private final ArticleSources sources = new ArticleSources();
  private final Pipeline pipeline;
  private final KnowledgeBase kb;
  private final PrintStream errors;
  private final int threads;

  /** Counts of one batch. */
  static final class Tally {
    int read;
    int stored;
    int skipped;
    int failed;
    int events;
    int dated;

    @Override
    public String toString() {
      return String.format("read %d, stored %d, skipped %d (already stored), failed %d; %d events%s",
          read, stored, skipped, failed, events,
          dated == 0 ? "" : "; " + dated + " undated articles dated from events other articles date");
    }
  }

  Ingestion(KnowledgeBase kb, PrintStream errors, int threads) {
    this.kb = kb;
    this.errors = errors;
    this.threads = Math.max(1, threads);
    this.pipeline = new Pipeline(new ArticleCleaner(), SharedAnnotator.get(), Extractors.standard());
  }

  Tally run(List<Path> paths, Consumer<SourceResult> progress) {
    Tally tally = new Tally();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Deque<Pending> pending = new ArrayDeque<>();
    Map<String, Article> stored = storedDated();
    try {
      sources.forEach(paths, source -> {
        for (Problem p : source.result().problems()) {
          errors.println("error: " + p);
          tally.failed++;
        }
        for (Article article : source.result().articles()) {
          tally.read++;
          pending.add(new Pending(article, pool.submit(() -> process(article, stored))));
          // Bounded: never more than two articles per thread in flight.
          while (pending.size() > 2 * threads) {
            store(pending.poll(), tally);
          }
        }
        progress.accept(source);
      });
      while (!pending.isEmpty()) {
        store(pending.poll(), tally);
      }
      dateFromOtherArticles(pool, tally);
    } finally {
      pool.shutdownNow();
    }
    return tally;
  }

  /** The stored articles that have a publication date, stated or learned, by id. */
  private Map<String, Article> storedDated() {
    Map<String, Article> out = new HashMap<>();
    kb.articles().stream().map(CleanArticle::article).filter(a -> a.published().isPresent())
        .forEach(a -> out.put(a.id(), a));
    return out;
  }

  /**
   * Reads an article; if it stays undated but its text is stored with a date (one an earlier batch
   * learned from other articles), reads it again with that date. Otherwise its undated records
   * would replace those read with the date, and, the stored article being dated, nothing would
   * date it again. Articles that date themselves are read as they are: fed their own month back as
   * a publication date, "on April 24" could resolve differently.
   */
  private Pipeline.Result process(Article article, Map<String, Article> stored) {
    Pipeline.Result r = pipeline.process(article);
    Article known = stored.get(article.id());
    if (r.clean().article().published().isPresent() || known == null || !known.text().equals(article.text())) {
      return r;
    }
    return pipeline.process(article.withPublished(known.published()));
  }

  /**
   * Articles without a publication date that share a current event with dated ones take that
   * event's month, and are read again with it, so their "last year" and "in April" resolve.
   */
  private void dateFromOtherArticles(ExecutorService pool, Tally tally) {
    List<CleanArticle> articles = kb.articles();
    Map<String, PartialDate> inferred = ArticleDating.infer(articles, kb.records());
    List<Pending> again = new ArrayList<>();
    for (CleanArticle a : articles) {
      PartialDate date = inferred.get(a.article().id());
      if (date != null) {
        Article dated = a.article().withPublished(Optional.of(date));
        again.add(new Pending(dated, pool.submit(() -> pipeline.process(dated))));
      }
    }
    for (Pending p : again) {
      store(p, new Tally());
    }
    tally.dated = again.size();
  }

  private record Pending(Article article, Future<Pipeline.Result> result) {}

  private void store(Pending p, Tally tally) {
    try {
      Pipeline.Result r = p.result().get();
      switch (kb.store(r.clean(), r.records())) {
        case STORED, REPLACED -> tally.stored++;
        case UNCHANGED -> tally.skipped++;
      }
      tally.events += r.records().events().size();
    } catch (ExecutionException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      StackTraceElement at = cause.getStackTrace().length > 0 ? cause.getStackTrace()[0] : null;
      errors.println("error: " + p.article().source() + ": could not process article " + p.article().id() + ": " + cause
          + (at == null ? "" : " (at " + at + ")"));
      tally.failed++;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while ingesting", e);
    }
  }

  /** One annotator per process: loading CoreNLP's models takes seconds. */
  static final class SharedAnnotator {
    private static TextAnnotator instance;

    static synchronized TextAnnotator get() {
      if (instance == null) {
        instance = TextAnnotator.load();
      }
      return instance;
    }
  }
}
