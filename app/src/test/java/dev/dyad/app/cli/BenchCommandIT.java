package dev.dyad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code dyad bench --baseline} end to end on the bundled samples (loads CoreNLP twice). */
class BenchCommandIT {
  private static final Path SAMPLES = Path.of("..", "samples");

  @Test
  void benchOfTheSamplesWithBaselinePrintsPositiveFigures() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      code = new CommandLine(new DyadCommand())
          .execute("bench", "--repeat", "1", "--baseline", SAMPLES.toString());
    } finally {
      System.setOut(saved);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    System.out.print(printed);

    assertThat(code).isZero();
    String line = printed.lines().filter(l -> l.startsWith("BENCH ")).findFirst().orElseThrow();
    Map<String, String> values = Arrays.stream(line.substring("BENCH ".length()).split(" "))
        .map(kv -> kv.split("=", 2))
        .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
    assertThat(values).containsEntry("articles", "5").containsEntry("repeat", "1").containsEntry("threads", "1")
        .containsKeys("tokens", "load_s", "articles_per_s", "tokens_per_s", "peak_heap_mb",
            "baseline_load_s", "baseline_articles_per_s", "baseline_tokens_per_s", "ratio_articles", "ratio_tokens");
    values.forEach((key, value) ->
        assertThat(Double.parseDouble(value)).as(key).isPositive());
  }
}
