package dev.dyad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad export}'s checks of its arguments, before any knowledge base is opened. */
class ExportCommandTest {
  @TempDir
  Path dir;

  @Test
  void csvWithoutOutIsAnErrorNamingTheOption() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = runCapturingErrors(err, "export", "--db", dir.resolve("kb.db").toString(), "--format", "csv");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out DIR");
  }

  @Test
  void csvIntoAnExistingFileIsAnError() throws Exception {
    Path file = Files.writeString(dir.resolve("out.csv"), "");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = runCapturingErrors(err, "export", "--db", dir.resolve("kb.db").toString(), "--format", "csv",
        "--out", file.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is a file");
  }

  @Test
  void exportWithoutAKnowledgeBaseIsAnError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = runCapturingErrors(err, "export", "--db", dir.resolve("none.db").toString(), "--format", "csv",
        "--out", dir.resolve("csv").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no knowledge base");
    assertThat(dir.resolve("csv")).doesNotExist();
  }

  private static int runCapturingErrors(ByteArrayOutputStream err, String... args) {
    PrintStream saved = System.err;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      return new CommandLine(new DyadCommand()).execute(args);
    } finally {
      System.setErr(saved);
    }
  }
}
