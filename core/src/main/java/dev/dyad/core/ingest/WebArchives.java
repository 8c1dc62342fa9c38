package dev.dyad.core.ingest;

import dev.dyad.core.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads web archives (WARC, plain or gzip-compressed, by jwarc): each archived page, an HTTP 200
 * response of an HTML or feed type, is one source, read by the format readers like a file and
 * located as {@code <archive>#<target URI>}. The archive is streamed record by record, so its size
 * is not limited; each page is, like a file. A record that cannot be read is a problem naming it;
 * an archive that breaks off ends with a problem, after the pages read before.
 */
final class WebArchives {
  private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "application/rss+xml",
      "application/atom+xml", "application/xml", "text/xml");
  private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

  private WebArchives() {}

  /** A file named .warc or .warc.gz, or one that starts like a WARC record. */
  static boolean isArchive(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return true;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(WARC_MAGIC.length);
      return java.util.Arrays.equals(head, WARC_MAGIC);
    } catch (IOException e) {
      return false; // unreadable: the file reader reports it
    }
  }

  static void forEach(Path archive, ArticleSources sources, Consumer<SourceResult> action) {
    String base = baseName(archive);
    try (WarcReader reader = new WarcReader(archive)) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          page(response, archive, base, sources).ifPresent(action);
        }
      }
    } catch (IOException | RuntimeException e) {
      action.accept(new SourceResult(archive.toString(), Optional.of("warc"), Optional.empty(),
          dev.dyad.core.model.ReadResult.failed(Problem.of(archive.toString(), "web archive unreadable from here on (" + e.getMessage() + ")"))));
    }
  }

  private static Optional<SourceResult> page(WarcResponse response, Path archive, String base, ArticleSources sources) {
    String target = response.target();
    String location = archive + "#" + target;
    try {
      HttpResponse http = response.http();
      MediaType type = http.contentType().base();
      if (http.status() != 200 || !PAGE_TYPES.contains(type.toString().toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
      byte[] body = http.bodyDecoded().stream().readAllBytes();
      String extension = type.toString().contains("html") ? ".html" : ".xml";
      return Optional.of(sources.read(location, StableIds.of(base, target) + extension, body));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of(new SourceResult(location, Optional.of("warc"), Optional.empty(),
          dev.dyad.core.model.ReadResult.failed(Problem.of(location, "archived page unreadable (" + e.getMessage() + ")"))));
    }
  }

  private static String baseName(Path archive) {
    String name = archive.getFileName().toString();
    return name.replaceFirst("(?i)\\.warc(\\.gz)?$", "");
  }
}
