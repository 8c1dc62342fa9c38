package dev.dyad.core.ingest;

import dev.dyad.core.model.Problem;
import dev.dyad.core.model.ReadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The entry point of the ingest stage: reads files and directories into articles, one {@link
 * SourceResult} per source file, never throwing on bad input.
 *
 * <p>Each file is decoded by a {@link SourceDecoder} and read by the format reader whose {@link
 * ArticleReader#accepts} takes its content; when several do, the one whose {@link
 * ArticleReader#fileExtensions} has the file's extension wins, else the first; when none does, the
 * fallback reader reads it. The standard format readers are JSON Lines (lines that are JSON
 * objects), RSS/Atom feeds ({@code <rss}, {@code <feed} or {@code <rdf:RDF} near the top) and HTML
 * (starts with a tag, or has {@code <html} near the top); the fallback is plain text. A web archive
 * (WARC, plain or gzip-compressed) is read page by page, each archived page as one source. A file that cannot be decoded (missing, empty, too large, binary) gives one problem and no
 * article.
 *
 * <p>Results are handed over one source at a time and nothing is kept, so a batch of thousands of
 * files needs memory for one file. Order is deterministic: the paths in the order given, each
 * directory's files sorted by path. Stateless and thread-safe when its readers are.
 *
 * <pre>{@code
 * new ArticleSources().forEach(List.of(Path.of("articles")), r -> {
 *   r.result().articles().forEach(store::add);
 *   r.result().problems().forEach(System.err::println);
 * });
 * }</pre>
 */
public final class ArticleSources {

  private final SourceDecoder decoder;
  private final List<ArticleReader> readers;
  private final ArticleReader fallback;

  /** The standard decoder (20 MB limit), format readers and plain-text fallback. */
  public ArticleSources() {
    this(new SourceDecoder(), standardReaders(), new TextArticleReader());
  }

  /**
   * A custom decoder and format readers (tried by content, in order), and the reader for text no
   * format reader accepts.
   */
  public ArticleSources(
      SourceDecoder decoder, List<ArticleReader> readers, ArticleReader fallback) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.readers = List.copyOf(readers);
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  /** The standard format readers: JSON Lines, RSS/Atom feeds (before HTML: a feed is XML too) and HTML. */
  public static List<ArticleReader> standardReaders() {
    return List.of(new JsonLinesArticleReader(), new FeedArticleReader(), new HtmlArticleReader());
  }

  /**
   * Reads every file named by {@code paths} (directories walked recursively, hidden files
   * skipped) and passes each file's result to {@code action} as soon as it is read.
   */
  public void forEach(List<Path> paths, Consumer<SourceResult> action) {
    SourceFiles.forEach(
        paths,
        entry -> {
          if (entry.problem().isPresent()) {
            action.accept(failed(entry.path().toString(), entry.problem().get()));
          } else if (WebArchives.isArchive(entry.path())) {
            WebArchives.forEach(entry.path(), this, action);
          } else {
            action.accept(read(entry.path()));
          }
        });
  }

  /** Reads one file. */
  public SourceResult read(Path file) {
    return read(decoder.decode(file), file.toString());
  }

  /** Reads bytes fetched from elsewhere (a URL, an archive entry). */
  public SourceResult read(String location, String fileName, byte[] bytes) {
    return read(decoder.decode(location, fileName, bytes), location);
  }

  /** Reads text that is already decoded. */
  public SourceResult read(Decoded decoded) {
    SourceText source = decoded.source();
    ArticleReader reader = readerFor(source);
    ReadResult result;
    try {
      result = reader.read(source);
    } catch (RuntimeException e) {
      // A reader bug must not end a batch of thousands of files; it is reported with the file.
      result =
          ReadResult.failed(
              Problem.of(
                  source.location(),
                  "internal error in " + reader.format() + " reader (" + e + ")"));
    }
    return new SourceResult(
        source.location(), Optional.of(reader.format()), Optional.of(decoded.charset()), result);
  }

  /** The reader for a source: by content, the file extension breaking ties, else the fallback. */
  public ArticleReader readerFor(SourceText source) {
    List<ArticleReader> accepting = readers.stream().filter(r -> r.accepts(source)).toList();
    String ext = extension(source.fileName());
    return accepting.stream()
        .filter(r -> r.fileExtensions().contains(ext))
        .findFirst()
        .or(() -> accepting.stream().findFirst())
        .orElse(fallback);
  }

  private SourceResult read(DecodeResult decoded, String location) {
    return decoded.decoded().map(this::read)
        .orElseGet(() -> failed(location, decoded.problem().orElseThrow()));
  }

  private static SourceResult failed(String location, Problem problem) {
    return new SourceResult(
        location, Optional.empty(), Optional.empty(), ReadResult.failed(problem));
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
