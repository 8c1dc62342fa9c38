package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebArchivesTest {

  private static final String PAGE = "<html><head><title>Ministers meet</title></head><body>"
      + "<p>Togolese Foreign Minister Yao Agbeko received Ghanaian Foreign Minister Kofi Mensah in Lome on Monday.</p>"
      + "</body></html>";

  @Test
  void readsEachArchivedHtmlPageAndSkipsOtherRecords(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("crawl.warc");
    Files.write(warc, concat(
        record("http://news.example.org/a", "200 OK", "text/html; charset=utf-8", PAGE),
        record("http://news.example.org/logo.png", "200 OK", "image/png", "PNG"),
        record("http://news.example.org/gone", "404 Not Found", "text/html", "<html><body><p>Not here</p></body></html>"),
        record("http://news.example.org/b", "200 OK", "text/html", PAGE.replace("Monday", "Tuesday"))));

    List<SourceResult> read = readAll(warc);

    assertThat(read).extracting(SourceResult::location)
        .containsExactly(warc + "#http://news.example.org/a", warc + "#http://news.example.org/b");
    List<Article> articles = read.stream().flatMap(r -> r.result().articles().stream()).toList();
    assertThat(articles).extracting(Article::title).containsOnly(java.util.Optional.of("Ministers meet"));
    assertThat(articles.get(0).text()).contains("received Ghanaian Foreign Minister Kofi Mensah in Lome on Monday");
    assertThat(articles).extracting(Article::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("crawl-"));
  }

  @Test
  void readsGzipCompressedArchivesAndReportsOneThatBreaksOff(@TempDir Path dir) throws Exception {
    Path gz = dir.resolve("crawl.warc.gz");
    byte[] whole = record("http://news.example.org/a", "200 OK", "text/html", PAGE);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(whole);
    }
    assertThat(readAll(gz)).singleElement().satisfies(r -> assertThat(r.result().articles()).hasSize(1));

    Path cut = dir.resolve("cut.warc");
    Files.write(cut, concat(whole, java.util.Arrays.copyOf(whole, whole.length / 2)));
    List<SourceResult> read = readAll(cut);
    assertThat(read.get(0).result().articles()).hasSize(1);
    assertThat(read.get(read.size() - 1).result().problems()).singleElement().asString()
        .startsWith(cut.toString()).contains("unreadable (");
  }

  private static List<SourceResult> readAll(Path file) {
    List<SourceResult> out = new ArrayList<>();
    new ArticleSources().forEach(List.of(file), out::add);
    return out;
  }

  private static byte[] record(String uri, String status, String contentType, String body) {
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    byte[] http = concat(("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + payload.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), payload);
    String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri
        + "\r\nWARC-Date: 2025-07-08T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
        + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
    return concat(header.getBytes(StandardCharsets.US_ASCII), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
