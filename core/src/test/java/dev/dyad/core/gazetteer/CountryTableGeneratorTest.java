package dev.dyad.core.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CountryTableGeneratorTest {

  @Test
  void committedTableMatchesIcu() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/gazetteer/countries.tsv")) {
      String committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(committed)
          .as("countries.tsv is stale: run CountryTableGenerator (see its class doc)")
          .isEqualTo(CountryTableGenerator.table());
    }
  }
}
