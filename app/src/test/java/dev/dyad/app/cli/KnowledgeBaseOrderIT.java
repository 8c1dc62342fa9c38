package dev.dyad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.store.sqlite.SqliteKnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The knowledge base built from the five sample articles does not depend on how they arrive (issue
 * 9): in one batch, one file at a time in reverse order, the undated article alone first, or the
 * whole batch twice, the JSON export is the same; one real-world event reported by four articles
 * is one event; an article without a stated date is dated from the events it shares.
 *
 * <p>Every store is built once for the class through the CLI, so CoreNLP loads once per JVM
 * ({@code Ingestion.SharedAnnotator}).
 */
class KnowledgeBaseOrderIT {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final String UNDATED = "001_31b43478074ef7e9";

  @TempDir
  static Path dir;

  private static JsonNode batch;
  private static JsonNode batchAgain;
  private static int articlesAfterSecondBatch;
  private static JsonNode reverseOneByOne;
  private static JsonNode undatedFirst;

  @BeforeAll
  static void ingestTheSamplesInSeveralOrders() throws IOException {
    Path db = dir.resolve("batch.db");
    ingest(db, SAMPLES);
    batch = export(db);
    ingest(db, SAMPLES);
    batchAgain = export(db);
    try (SqliteKnowledgeBase kb = SqliteKnowledgeBase.open(db)) {
      articlesAfterSecondBatch = kb.articleCount();
    }

    List<Path> files = samples();
    Path reverse = dir.resolve("reverse.db");
    for (int i = files.size() - 1; i >= 0; i--) {
      ingest(reverse, files.get(i));
    }
    reverseOneByOne = export(reverse);

    Path first = dir.resolve("undated-first.db");
    ingest(first, SAMPLES.resolve(UNDATED + ".txt"));
    ingest(first, files.stream().filter(f -> !f.getFileName().toString().startsWith(UNDATED)).toArray(Path[]::new));
    undatedFirst = export(first);
  }

  @Test
  void ingestingOneFileAtATimeInReverseOrderGivesTheSameExport() {
    assertSameExport(reverseOneByOne, batch);
  }

  @Test
  void ingestingTheUndatedArticleAloneFirstGivesTheSameExport() {
    assertSameExport(undatedFirst, batch);
  }

  @Test
  void ingestingTheSameFilesTwiceChangesNothing() {
    assertThat(articlesAfterSecondBatch).isEqualTo(5);
    assertSameExport(batchAgain, batch);
  }

  @Test
  void theBelarusianPrimeMinistersVisitOfDecember2023IsOneEventFromFourArticles() {
    List<JsonNode> visits = stream(batch.get("events"))
        .filter(e -> e.get("type").asText().equals("VISIT"))
        .filter(e -> e.get("start").asText().startsWith("2023-12"))
        .filter(e -> stream(e.get("participants")).anyMatch(p -> p.get("name").asText().contains("Golovchenko")))
        .toList();

    assertThat(visits).hasSize(1);
    JsonNode visit = visits.get(0);
    assertThat(visit.get("countries").toString()).isEqualTo("[\"BLR\",\"VNM\"]");
    assertThat(visit.get("source").asText()).isEqualTo("BLR");
    Set<String> articles = new TreeSet<>();
    visit.get("evidence").forEach(ev -> articles.add(ev.get("article").asText().substring(0, 3)));
    assertThat(articles).containsExactly("000", "001", "002", "003");
  }

  @Test
  void theArticleWithoutAStatedDateIsDatedToDecember2023() {
    JsonNode article = stream(batch.get("articles"))
        .filter(a -> a.get("id").asText().equals(UNDATED)).findFirst().orElseThrow();

    assertThat(article.get("published").asText()).startsWith("2023-12");
  }

  private static void assertSameExport(JsonNode actual, JsonNode expected) {
    assertThat(JsonDifferences.between(withoutSources(actual), withoutSources(expected))).isEmpty();
  }

  /** The export without the articles' {@code source} paths, which name the input as it was given. */
  private static JsonNode withoutSources(JsonNode export) {
    JsonNode copy = export.deepCopy();
    copy.get("articles").forEach(a -> ((ObjectNode) a).remove("source"));
    return copy;
  }

  private static List<Path> samples() throws IOException {
    try (Stream<Path> s = Files.list(SAMPLES)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted(Comparator.naturalOrder()).toList();
    }
  }

  private static void ingest(Path db, Path... paths) {
    List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString()));
    Stream.of(paths).map(Path::toString).forEach(args::add);
    assertThat(run(args.toArray(String[]::new))).as("ingest " + args).isZero();
  }

  private static JsonNode export(Path db) throws IOException {
    Path out = dir.resolve(db.getFileName() + "-" + System.nanoTime() + ".json");
    assertThat(run("export", "--db", db.toString(), "--out", out.toString())).isZero();
    return new ObjectMapper().readTree(out.toFile());
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }

  private static int run(String... args) {
    return new CommandLine(new DyadCommand()).execute(args);
  }
}
