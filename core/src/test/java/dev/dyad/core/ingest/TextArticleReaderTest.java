package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Problem;
import dev.dyad.core.model.ReadResult;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {

  private final TextArticleReader reader = new TextArticleReader();

  static Path resource(String name) {
    try {
      return Path.of(TextArticleReaderTest.class.getResource("/ingest/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SourceText source(String fileName, String text) {
    return new SourceText("in/" + fileName, fileName, text);
  }

  @Test
  void readsSeedArticleWithDateLine() throws Exception {
    Path file = resource("000_c84a6828bc171109.txt");
    String content = Files.readString(file);

    ReadResult result = reader.read(new SourceText(file.toString(), "000_c84a6828bc171109.txt", content));

    assertThat(result.problems()).isEmpty();
    Article article = result.articles().get(0);
    assertThat(article.id()).isEqualTo("000_c84a6828bc171109");
    assertThat(article.source()).isEqualTo(file.toString());
    assertThat(article.title()).isEmpty();
    assertThat(article.published()).contains(new PartialDate(2023, 12, 9));
    assertThat(article.text()).isEqualTo(content);
    assertThat(article.text()).hasSize(content.length()).startsWith(" date 2023-12-09 VIETNAM");
  }

  @Test
  void keepsTextVerbatimSoLineNumbersAreThoseOfTheFile() throws Exception {
    Path file = resource("004_a96526d9f035a37c.txt");
    String content = Files.readString(file);

    Article article = reader.read(source("004_a96526d9f035a37c.txt", content)).articles().get(0);

    assertThat(article.text()).isEqualTo(content);
    assertThat(article.lines()).hasSize((int) content.lines().count());
    assertThat(article.lines().get(0).text())
        .isEqualTo("State President receives Belarusian defence minister");
    assertThat(article.lines().get(2).text()).isEqualTo("December 17, 2024 - 17:01");
  }

  @Test
  void articleWithoutDateLineHasNoDateAndNoProblem() {
    ReadResult result = reader.read(source("a.txt", "Title\n\nBody text."));

    assertThat(result.problems()).isEmpty();
    assertThat(result.articles().get(0).published()).isEmpty();
  }

  @Test
  void readsDateLineAlone() {
    ReadResult result = reader.read(source("a.txt", " date 2024-03-07\r\nBody."));

    assertThat(result.articles().get(0).published()).contains(new PartialDate(2024, 3, 7));
    assertThat(result.articles().get(0).text()).isEqualTo(" date 2024-03-07\r\nBody.");
  }

  @Test
  void impossibleDateIsAProblemButArticleIsKept() {
    ReadResult result = reader.read(source("a.txt", " date 2023-13-45 HANOI -\nBody."));

    assertThat(result.articles()).hasSize(1);
    assertThat(result.articles().get(0).published()).isEqualTo(Optional.empty());
    assertThat(result.problems())
        .containsExactly(
            new Problem(
                "in/a.txt",
                1,
                "date line without a valid date: \" date 2023-13-45\" (expected \" date YYYY-MM-DD\")"));
  }

  @Test
  void wordStartingWithDateIsNotADateLine() {
    ReadResult result = reader.read(source("a.txt", " dated letters were found\nBody."));

    assertThat(result.problems()).isEmpty();
    assertThat(result.articles().get(0).published()).isEmpty();
  }

  @Test
  void blankTextIsEmptyFile() {
    assertThat(reader.read(source("a.txt", "  \n")).problems())
        .containsExactly(Problem.of("in/a.txt", "empty file"));
  }
}
