package dev.dyad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.store.sqlite.SqliteKnowledgeBase;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad ingest} and {@code dyad export} end to end on the bundled samples. */
class IngestCommandIT {
  private static final Path SAMPLES = Path.of("..", "samples");

  @TempDir
  Path dir;

  @Test
  void ingestingTheSamplesTwiceStoresThemOnce() {
    Path db = dir.resolve("kb.db");
    assertThat(run("ingest", "--db", db.toString(), SAMPLES.toString())).isZero();
    assertThat(run("ingest", "--db", db.toString(), SAMPLES.toString())).isZero();
    try (SqliteKnowledgeBase kb = SqliteKnowledgeBase.open(db)) {
      assertThat(kb.articleCount()).isEqualTo(5);
    }
  }

  @Test
  void badFileIsReportedByNameAndTheRestOfTheBatchIsStored() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.copy(SAMPLES.resolve("004_a96526d9f035a37c.txt"), batch.resolve("good.txt"));
    Files.write(batch.resolve("empty.txt"), new byte[0]);
    Path db = dir.resolve("kb.db");

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = run("ingest", "--db", db.toString(), batch.toString());
    } finally {
      System.setErr(saved);
    }

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).containsOnlyOnce("empty.txt").contains("empty file");
    try (SqliteKnowledgeBase kb = SqliteKnowledgeBase.open(db)) {
      assertThat(kb.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void exportsArticlesWithDatesAndJunkLines() throws Exception {
    Path db = dir.resolve("kb.db");
    Path out = dir.resolve("out.json");
    run("ingest", "--db", db.toString(), SAMPLES.toString());
    assertThat(run("export", "--db", db.toString(), "--format", "json", "--out", out.toString())).isZero();

    JsonNode root = new ObjectMapper().readTree(out.toFile());
    assertThat(root.get("articles")).hasSize(5);
    JsonNode a004 = root.get("articles").get(4);
    assertThat(a004.get("id").asText()).isEqualTo("004_a96526d9f035a37c");
    assertThat(a004.get("published").asText()).isEqualTo("2024-12-17");
    assertThat(a004.get("title").asText()).isEqualTo("State President receives Belarusian defence minister");
    assertThat(a004.at("/lines/boilerplate").toString()).isEqualTo("[25]");
    assertThat(root.get("events").isArray()).isTrue();
  }

  @Test
  void exportsCsvFilesWhoseIdsAreThoseOfTheJsonExport() throws Exception {
    Path db = dir.resolve("kb.db");
    Path json = dir.resolve("out.json");
    Path csv = dir.resolve("csv");
    run("ingest", "--db", db.toString(), SAMPLES.toString());
    assertThat(run("export", "--db", db.toString(), "--out", json.toString())).isZero();
    assertThat(run("export", "--db", db.toString(), "--format", "csv", "--out", csv.toString())).isZero();

    JsonNode root = new ObjectMapper().readTree(json.toFile());
    List<String> jsonEvents = new ArrayList<>();
    root.get("events").forEach(e -> jsonEvents.add(e.get("id").asText() + " " + e.get("type").asText()));
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = Files.newBufferedReader(csv.resolve("events.csv"), StandardCharsets.UTF_8);
        CSVParser p = format.parse(r)) {
      assertThat(p.getRecords()).extracting(e -> e.get("id") + " " + e.get("type")).isNotEmpty()
          .containsExactlyElementsOf(jsonEvents);
    }
    try (Reader r = Files.newBufferedReader(csv.resolve("articles.csv"), StandardCharsets.UTF_8);
        CSVParser p = format.parse(r)) {
      assertThat(p.getRecords()).hasSize(5);
    }
  }

  private static int run(String... args) {
    return new CommandLine(new DyadCommand()).execute(args);
  }
}
