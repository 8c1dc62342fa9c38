package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Problem;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {

  @TempDir Path dir;

  private final ArticleSources sources = new ArticleSources();

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private List<SourceResult> readAll(Path... paths) {
    List<SourceResult> results = new ArrayList<>();
    sources.forEach(List.of(paths), results::add);
    return results;
  }

  @Test
  void batchGivesArticlesForGoodFilesAndOneProblemPerBadFile() throws Exception {
    Files.copy(TextArticleReaderTest.resource("000_c84a6828bc171109.txt"), dir.resolve("000_c84a6828bc171109.txt"));
    write("news/page.html", "<html><head><title>Talks</title></head><body><article><p>Talks held.</p></article></body></html>");
    write("news/feed.jsonl", "{\"id\": \"f1\", \"text\": \"One.\"}\n{\"id\": \"f2\", \"text\": \"Two.\"}\n");
    Files.write(dir.resolve("latin.txt"), "Le café près de l'ambassade était fermé ce jour-là pour la visite officielle du président.".getBytes(Charset.forName("windows-1252")));
    Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 1, 2});
    write("empty.txt", "");
    write("blank.txt", "   \n\n");
    write("news/nothing.html", "<html><body><nav>Home</nav></body></html>");
    write(".hidden.txt", "never read");
    write(".git/config", "never read");

    List<SourceResult> results = readAll(dir);

    assertThat(results)
        .extracting(r -> dir.relativize(Path.of(r.location())).toString())
        .containsExactly(
            "000_c84a6828bc171109.txt",
            "blank.txt",
            "empty.txt",
            "latin.txt",
            "news/feed.jsonl",
            "news/nothing.html",
            "news/page.html",
            "photo.png");
    assertThat(results)
        .flatExtracting(r -> r.result().articles())
        .extracting(Article::id)
        .containsExactly("000_c84a6828bc171109", "latin", "f1", "f2", "page");
    assertThat(results)
        .flatExtracting(r -> r.result().problems())
        .extracting(p -> dir.relativize(Path.of(p.source())) + ": " + p.message())
        .containsExactly(
            "blank.txt: empty file",
            "empty.txt: empty file",
            "news/nothing.html: no article text found in HTML",
            "photo.png: binary file (looks like PNG image), not text");
    assertThat(results)
        .extracting(r -> r.format().orElse("-") + " " + r.charset().orElse("-"))
        .containsExactly(
            "text UTF-8", "- -", "- -", "text ISO-8859-1", "jsonl UTF-8", "html UTF-8", "html UTF-8",
            "- -");
  }

  @Test
  void seedArticleKeepsItsDateAndText() throws Exception {
    Path seed = TextArticleReaderTest.resource("000_c84a6828bc171109.txt");

    SourceResult result = sources.read(seed);

    assertThat(result.isClean()).isTrue();
    Article article = result.result().articles().get(0);
    assertThat(article.published()).contains(new PartialDate(2023, 12, 9));
    assertThat(article.text()).isEqualTo(Files.readString(seed));
  }

  @Test
  void missingPathIsAProblem() {
    Path missing = dir.resolve("gone");

    List<SourceResult> results = readAll(missing);

    assertThat(results).hasSize(1);
    assertThat(results.get(0).result().problems())
        .containsExactly(Problem.of(missing.toString(), "no such file or directory"));
  }

  @Test
  void explicitFilesKeepTheGivenOrder() throws Exception {
    Path b = write("b.txt", "Bee.");
    Path a = write("a.txt", "Ay.");

    assertThat(readAll(b, a)).extracting(r -> r.result().articles().get(0).id()).containsExactly("b", "a");
  }

  @Test
  void choosesReaderByContentNotExtension() throws Exception {
    Path htmlAsTxt = write("page.txt", "<!DOCTYPE html><html><body><p>Hidden HTML.</p></body></html>");
    Path textAsHtml = write("notes.html", " date 2024-03-07\nPlain text with a < sign.");
    Path feedAsTxt = write("feed.txt", "{\"text\": \"<html> in a feed\"}");

    assertThat(sources.read(htmlAsTxt).format()).contains("html");
    assertThat(sources.read(htmlAsTxt).result().articles().get(0).text()).isEqualTo("Hidden HTML.");
    assertThat(sources.read(textAsHtml).format()).contains("text");
    assertThat(sources.read(feedAsTxt).format()).contains("jsonl");
  }

  @Test
  void extensionBreaksTiesBetweenFormatReaders() throws Exception {
    // A feed line full of HTML: HTML and JSON Lines both accept it, the extension decides.
    String content = "{\"text\": \"<html><p>a</p></html>\"}\n";

    assertThat(sources.read(write("page.html", content)).format()).contains("html");
    assertThat(sources.read(write("feed.jsonl", content)).format()).contains("jsonl");
    assertThat(sources.read(write("feed", content)).format()).contains("jsonl");
  }

  @Test
  void textStartingWithAngleBracketsIsNotHtml() throws Exception {
    Path file = write("quote.txt", "<<< Breaking: talks in Minsk >>>\nThe ministers met.");

    SourceResult result = sources.read(file);

    assertThat(result.format()).contains("text");
    assertThat(result.result().articles().get(0).text()).startsWith("<<< Breaking");
  }

  @Test
  void tooLargeFileIsAProblemInABatch() throws Exception {
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024);
    }

    assertThat(readAll(dir))
        .flatExtracting(r -> r.result().problems())
        .extracting(Problem::message)
        .containsExactly("file too large (52.4 MB > 20 MB limit)");
  }

  @Test
  void readsBytesFetchedElsewhere() {
    SourceResult result =
        sources.read(
            "https://example.org/a.html",
            "a.html",
            "<html><body><p>From the web.</p></body></html>".getBytes(StandardCharsets.UTF_8));

    assertThat(result.result().articles()).extracting(Article::text).containsExactly("From the web.");
  }

  @Test
  void readerBugBecomesAProblemAndBatchGoesOn() throws Exception {
    ArticleReader broken =
        new ArticleReader() {
          @Override
          public String format() {
            return "broken";
          }

          @Override
          public boolean accepts(SourceText source) {
            return source.fileName().startsWith("x");
          }

          @Override
          public dev.dyad.core.model.ReadResult read(SourceText source) {
            throw new IllegalStateException("boom");
          }
        };
    ArticleSources withBug =
        new ArticleSources(new SourceDecoder(), List.of(broken), new TextArticleReader());
    write("x.txt", "Crashes the reader.");
    write("y.txt", "Fine.");

    List<SourceResult> results = new ArrayList<>();
    withBug.forEach(List.of(dir), results::add);

    assertThat(results.get(0).result().problems())
        .extracting(Problem::message)
        .containsExactly("internal error in broken reader (java.lang.IllegalStateException: boom)");
    assertThat(results.get(1).result().articles()).extracting(Article::text).containsExactly("Fine.");
  }
}
