package dev.dyad.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.LabelledLine;
import dev.dyad.core.model.PartialDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Times annotation of the evaluation corpus (every non-blank line read) and prints load time and
 * tokens per second: once per article as one document (what TextAnnotator does), once line by
 * line, and with two threads. Skipped when the corpus is absent ({@code -Ddyad.corpus=DIR}).
 */
class CorpusSpeedIT {
  private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})");

  @Test
  void timesTheEvaluationCorpus() throws Exception {
    assumeTrue(Boolean.getBoolean("dyad.speed"), "speed run not requested (-Ddyad.speed=true)");
    Path dir = Path.of(System.getProperty("dyad.corpus", "/work/shared/eval/corpus"));
    assumeTrue(Files.isDirectory(dir), "no corpus at " + dir);
    List<CleanArticle> articles = read(dir);

    long t0 = System.nanoTime();
    TextAnnotator annotator = TextAnnotator.load();
    double load = seconds(t0);

    double cold = pass(annotator, articles);
    int tokens = articles.stream().map(annotator::annotate).mapToInt(AnnotatedArticle::tokenCount).sum();
    double joined = pass(annotator, articles);
    double perLine = pass(annotator, articles.stream().flatMap(CorpusSpeedIT::lineByLine).toList());
    double twoThreads = parallelPass(annotator, articles, 2);

    System.out.printf("annotate corpus: %d articles, %d tokens, load %.1f s%n",
        articles.size(), tokens, load);
    System.out.printf("  first pass %.1f s (%.0f tok/s)%n", cold, tokens / cold);
    System.out.printf("  warm, one document per article %.1f s (%.0f tok/s)%n", joined, tokens / joined);
    System.out.printf("  warm, one document per line    %.1f s (%.0f tok/s)%n", perLine, tokens / perLine);
    System.out.printf("  warm, 2 threads, per article   %.1f s (%.0f tok/s)%n", twoThreads, tokens / twoThreads);
    assertThat(tokens).isPositive();
  }

  private static double pass(TextAnnotator annotator, List<CleanArticle> articles) {
    long t = System.nanoTime();
    articles.forEach(annotator::annotate);
    return seconds(t);
  }

  private static double parallelPass(TextAnnotator annotator, List<CleanArticle> articles, int n)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      long t = System.nanoTime();
      List<Future<AnnotatedArticle>> fs = new ArrayList<>();
      for (CleanArticle a : articles) {
        fs.add(pool.submit(() -> annotator.annotate(a)));
      }
      for (Future<AnnotatedArticle> f : fs) {
        f.get();
      }
      return seconds(t);
    } finally {
      pool.shutdown();
    }
  }

  /** The same article once per readable line, each annotated as its own document. */
  private static Stream<CleanArticle> lineByLine(CleanArticle a) {
    return a.lines().stream().filter(LabelledLine::isReadable)
        .map(l -> new CleanArticle(a.article(), List.of(l)));
  }

  private static List<CleanArticle> read(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
        try {
          String text = Files.readString(p, StandardCharsets.UTF_8);
          Matcher m = DATE_LINE.matcher(text);
          Optional<PartialDate> date = m.find() ? PartialDate.parse(m.group(1)) : Optional.empty();
          String name = p.getFileName().toString();
          return Articles.body(name.substring(0, name.length() - 4), date, text);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
